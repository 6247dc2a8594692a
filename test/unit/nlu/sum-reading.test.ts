import { describe, expect, it } from "vitest";
import { sumReading } from "../../../src/nlu/sum-reading.ts";
import { scored } from "../../helpers/scored-intent.ts";

const household = scored("contribution.household", 0.34);
const outside = scored("out_of_scope", 0.4);
const figures = { householdSize: 2, months: 12 };

describe("a message with the figures of a household sum", () => {
  it("is about paying when the classifier is torn between the household and 'not about health insurance'", () => {
    expect(sumReading("", outside, household, figures)).toBe(household);
    expect(sumReading("", household, outside, figures)).toBe(household);
  });
  it("leans less towards 'not about health insurance' when the message names it", () => {
    const fairlySure = scored("out_of_scope", 0.5);
    expect(sumReading("1 năm bao nhiêu", fairlySure, household, figures)).toBeUndefined();
    expect(sumReading("mua bhyt 1 năm bao nhiêu", fairlySure, household, figures)).toBe(household);
  });
  it("is left alone without both figures, with another pair of intents, or with a clear lead", () => {
    expect(sumReading("", outside, household, { householdSize: 2 })).toBeUndefined();
    expect(sumReading("", outside, household, { months: 12 })).toBeUndefined();
    expect(sumReading("", outside, scored("benefit.levels", 0.38), figures)).toBeUndefined();
    expect(
      sumReading("", scored("out_of_scope", 0.71), scored("contribution.household", 0.1), figures),
    ).toBeUndefined();
  });
});
