import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { ContentIssue } from "./content-issue.ts";
import { readData } from "./read-files.ts";

/** CSV columns of a places file, in the order the README documents; `sample` and `source` repeat per row. */
export const PLACE_CSV_COLUMNS = [
  "name",
  "type",
  "commune",
  "commune_former",
  "serves",
  "address",
  "hours",
  "phone",
  "valid_from",
  "valid_to",
  "sample",
  "source",
] as const;

/**
 * Reads a places file as the object PlacesFileSchema checks. YAML is read as written; a CSV file
 * (`<province>.csv`, one place per row, empty cells meaning "not given") becomes the same shape.
 */
export async function readPlacesFile(file: string, root: string, issues: ContentIssue[]): Promise<unknown> {
  if (!file.endsWith(".csv")) return readData(file, root, issues);
  const shown = path.relative(root, file);
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(await readFile(file, "utf8"), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    issues.push({
      severity: "error",
      file: shown,
      path: "",
      message: `is not valid CSV: ${(error as Error).message}`,
    });
    return undefined;
  }
  const unknown = Object.keys(rows[0] ?? {}).filter(
    (c) => !(PLACE_CSV_COLUMNS as readonly string[]).includes(c),
  );
  if (unknown.length > 0) {
    issues.push({
      severity: "error",
      file: shown,
      path: "",
      message: `has unknown column(s) ${unknown.join(", ")}: use ${PLACE_CSV_COLUMNS.join(", ")}`,
    });
    return undefined;
  }
  const given = (row: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(row).filter(([key, value]) => value !== "" && key !== "sample" && key !== "source"),
    );
  return {
    province: path.basename(file, ".csv"),
    sample: rows.some((r) => /^(yes|true|1|x)$/i.test(r.sample ?? "")),
    source: rows.find((r) => r.source)?.source ?? "",
    places: rows.map(given),
  };
}
