CREATE TYPE "public"."degree_day_convention" AS ENUM('dj15_15', 'equiv16_5');--> statement-breakpoint
CREATE TYPE "public"."degree_day_kind" AS ENUM('measured', 'normal');--> statement-breakpoint
CREATE TABLE "daily_temperatures" (
	"station_code" text NOT NULL,
	"day" date NOT NULL,
	"tmean_c" numeric(5, 2) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "daily_temperatures_station_code_day_pk" PRIMARY KEY("station_code","day")
);
--> statement-breakpoint
CREATE TABLE "degree_days_daily" (
	"station_code" text NOT NULL,
	"convention" "degree_day_convention" NOT NULL,
	"day" date NOT NULL,
	"degree_days" numeric(7, 3) NOT NULL,
	CONSTRAINT "degree_days_daily_station_code_convention_day_pk" PRIMARY KEY("station_code","convention","day")
);
--> statement-breakpoint
CREATE TABLE "degree_days_monthly" (
	"station_code" text NOT NULL,
	"convention" "degree_day_convention" NOT NULL,
	"kind" "degree_day_kind" NOT NULL,
	"month" text NOT NULL,
	"degree_days" numeric(8, 3) NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "degree_days_monthly_station_code_convention_kind_month_pk" PRIMARY KEY("station_code","convention","kind","month"),
	CONSTRAINT "degree_days_monthly_month_check" CHECK (("degree_days_monthly"."kind" = 'measured' and "degree_days_monthly"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$') or ("degree_days_monthly"."kind" = 'normal' and "degree_days_monthly"."month" ~ '^(0[1-9]|1[0-2])$')),
	CONSTRAINT "degree_days_monthly_value_check" CHECK ("degree_days_monthly"."degree_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "weather_stations" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "daily_temperatures" ADD CONSTRAINT "daily_temperatures_station_code_weather_stations_code_fk" FOREIGN KEY ("station_code") REFERENCES "public"."weather_stations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "degree_days_daily" ADD CONSTRAINT "degree_days_daily_station_code_weather_stations_code_fk" FOREIGN KEY ("station_code") REFERENCES "public"."weather_stations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "degree_days_monthly" ADD CONSTRAINT "degree_days_monthly_station_code_weather_stations_code_fk" FOREIGN KEY ("station_code") REFERENCES "public"."weather_stations"("code") ON DELETE cascade ON UPDATE no action;