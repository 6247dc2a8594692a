import { foldDiacritics } from "../core/fold.ts";
import { isAllowedLink, linksIn } from "../core/links.ts";
import type { Content } from "./content.ts";
import { type ContentIssue, contentError as error } from "./content-issue.ts";

/** Checks of the data files beside the intents: province names, the "who pays?" tree and the places. */
export function checkDataFiles(content: Content): ContentIssue[] {
  return [...checkProvinceNames(content), ...checkTriage(content), ...checkPlaces(content)];
}

/** A province name, former name or alias must point to one province, or "Hà Giang" could land anywhere. */
function checkProvinceNames(content: Content): ContentIssue[] {
  const owner = new Map<string, string>();
  const issues: ContentIssue[] = [];
  content.policy.provinces.forEach((p, index) => {
    const names = [p.name.vi.replace(/^TP\.?\s*/, ""), p.name.en, ...p.former_names, ...p.aliases];
    for (const key of new Set(names.map((n) => foldDiacritics(n).replace(/\s*-\s*/g, " ")))) {
      const other = owner.get(key);
      if (other && other !== p.code)
        issues.push(
          error(
            "intents/policy/provinces.yaml",
            `provinces[${index}]`,
            `the name "${key}" also belongs to "${other}": keep it in one province`,
          ),
        );
      else owner.set(key, p.code);
    }
  });
  return issues;
}

/** Every step of the "who pays?" tree leads somewhere that exists, every node is reachable, and there is no loop. */
function checkTriage(content: Content): ContentIssue[] {
  const file = "intents/triage/payer-triage.yaml";
  const { start, nodes, results } = content.triage;
  const issues: ContentIssue[] = [];
  if (!nodes[start]) issues.push(error(file, "start", `"${start}" is not a node`));
  for (const [id, node] of Object.entries(nodes)) {
    node.options.forEach((option, index) => {
      const at = `nodes.${id}.options[${index}]`;
      if ("next" in option && !nodes[option.next])
        issues.push(error(file, `${at}.next`, `"${option.next}" is not a node`));
      if ("result" in option && !results[option.result])
        issues.push(error(file, `${at}.result`, `"${option.result}" is not a result`));
    });
  }
  for (const [id, result] of Object.entries(results)) {
    for (const key of ["answer", "enroll"] as const)
      if (!content.intents.has(result[key]))
        issues.push(error(file, `results.${id}.${key}`, `"${result[key]}" is not an intent`));
  }
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): void => {
    if (path.includes(id)) {
      issues.push(error(file, `nodes.${id}`, `loops back: ${[...path, id].join(" → ")}`));
      return;
    }
    if (seen.has(id) || !nodes[id]) return;
    seen.add(id);
    for (const option of nodes[id].options) if ("next" in option) walk(option.next, [...path, id]);
  };
  walk(start, []);
  for (const id of Object.keys(nodes))
    if (!seen.has(id)) issues.push(error(file, `nodes.${id}`, "cannot be reached from `start`"));
  return issues;
}

/** Places belong to a known province, and no place is listed twice. */
function checkPlaces(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const allowed = content.links.links.map((link) => link.url);
  const seen = new Set<string>();
  content.places.forEach((place) => {
    const file = `intents/places/${place.province}`;
    if (!content.policy.provinces.some((p) => p.code === place.province))
      issues.push(error(file, "province", `"${place.province}" is not in intents/policy/provinces.yaml`));
    // A list may come from a spreadsheet: a cell that starts like a formula, or a link off the allowlist, would
    // reach citizens (or a clerk's spreadsheet) as it is.
    for (const [field, value] of Object.entries(place)) {
      if (typeof value !== "string" || field === "phone") continue;
      if (/^[=+\-@]/.test(value.trim()))
        issues.push(
          error(
            file,
            `${place.name} › ${field}`,
            "starts like a spreadsheet formula (= + - @): write plain text",
          ),
        );
      for (const link of linksIn(value))
        if (!isAllowedLink(link, allowed))
          issues.push(
            error(
              file,
              `${place.name} › ${field}`,
              `links to ${link}, which is not on intents/_shared/links.yaml`,
            ),
          );
    }
    const key = `${place.province}|${foldDiacritics(place.commune)}|${foldDiacritics(place.name)}`;
    if (seen.has(key)) issues.push(error(file, place.name, "is listed twice for the same commune"));
    seen.add(key);
  });
  return issues;
}
