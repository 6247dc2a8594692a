import { foldWords } from "../core/fold.ts";
import type { ScoredIntent } from "./classifier.ts";

// "người hoạt động không chuyên trách ở cấp xã", "a non-specialised commune worker": paid like an employee, but on
// the base salary, two thirds by the commune (Law on Health Insurance, Art. 12 §1).
const COMMUNE_WORKER =
  /\b(?:khong chuyen trach (?:o |tai )?(?:cap )?(?:xa|phuong|thi tran)|can bo khong chuyen trach|non[- ]?speciali[sz]ed (?:commune|ward) (?:worker|official|staff|cadre)s?|part[- ]time (?:commune|ward) (?:worker|official|cadre)s?)\b/;

/** True when a message names a non-specialised commune or ward worker. */
export function namesCommuneWorker(message: string): boolean {
  return COMMUNE_WORKER.test(` ${foldWords(message)} `);
}

// "đóng bao nhiêu", "how much does he pay": the worker's own contribution is asked.
const PAYS = /\b(?:dong|bao nhieu|muc dong|chia|ai dong|how much|pay|pays|paid|split|contribution)\b/;

const EMPLOYEE = "contribution.employee";
const SURE = 0.9;

/** The employee's topic, sure, for a commune worker asking what they pay; undefined otherwise. */
export function communeWorkerReading(message: string, top: ScoredIntent): ScoredIntent | undefined {
  if (!namesCommuneWorker(message)) return undefined;
  if (!top.intent.startsWith("contribution.") && !PAYS.test(` ${foldWords(message)} `)) return undefined;
  return { ...top, intent: EMPLOYEE, confidence: Math.max(top.confidence, SURE) };
}
