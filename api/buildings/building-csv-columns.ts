/**
 * The columns of the buildings and dwellings files, by the names a housing company writes in French
 * (README "Buildings"). Names match without accents, case, spaces, punctuation or the unit: « Surface
 * chauffée (m²) » and « surface chauffee m2 » are the same column.
 */
export interface Column {
  field: string;
  /** The name as the documentation gives it, for refusals that say which one is missing. */
  header: string;
  names: readonly string[];
  required: boolean;
  /** Its presence says which kind of file this is. */
  identifies?: boolean;
}

/** `Surface chauffée (m²)` → `surfacechauffeem2`. */
export function normaliseWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replaceAll("²", "2")
    .replace(/[^a-z0-9]/g, "");
}

const BUILDING_CODE: Column = {
  field: "code",
  header: "code bâtiment",
  names: ["codebatiment", "codeimmeuble", "refbatiment", "referencebatiment"],
  required: true,
};

export const BUILDING_COLUMNS: readonly Column[] = [
  BUILDING_CODE,
  {
    field: "name",
    header: "nom",
    names: ["nom", "nombatiment", "nomdubatiment"],
    required: true,
    identifies: true,
  },
  { field: "address", header: "adresse", names: ["adresse"], required: true, identifies: true },
  { field: "postcode", header: "code postal", names: ["codepostal", "cp"], required: true },
  { field: "commune", header: "commune", names: ["commune", "localite"], required: true },
  {
    field: "heatedAreaM2",
    header: "surface chauffée m²",
    names: ["surfacechauffeem2", "surfacechauffee"],
    required: true,
    identifies: true,
  },
  {
    field: "dwellingCount",
    header: "nombre de logements",
    names: ["nombredelogements", "nombrelogements", "nblogements"],
    required: true,
  },
  {
    field: "heatingSystem",
    header: "chauffage",
    names: ["chauffage", "systemedechauffage", "typedechauffage"],
    required: true,
    identifies: true,
  },
  {
    field: "constructionYear",
    header: "année de construction",
    names: ["anneedeconstruction", "anneeconstruction", "annee"],
    required: false,
  },
];

export const DWELLING_COLUMNS: readonly Column[] = [
  { ...BUILDING_CODE, field: "buildingCode" },
  {
    field: "unitLabel",
    header: "logement",
    names: ["logement", "nlogement", "numerologement", "nodelogement"],
    required: true,
    identifies: true,
  },
  {
    field: "floorAreaM2",
    header: "surface m²",
    names: ["surfacem2", "surface", "surfacehabitable", "surfacehabitablem2"],
    required: true,
  },
  { field: "floor", header: "étage", names: ["etage"], required: false },
  { field: "position", header: "position", names: ["position"], required: false },
];
