import { render } from "preact";

render(<main>Eco-watchers</main>, document.getElementById("app") as HTMLElement);
