import { foldWords } from "../core/fold.ts";

/** A topic as the search sees it: its id, its title and its sample questions, in the clerk's language. */
export interface SearchableTopic {
  id: string;
  title: string;
  examples: readonly string[];
}

// A title that holds every word typed ranks above any number of sample questions that do.
const TITLE_WEIGHT = 1000;

/**
 * The topics that hold every word typed, as whole words ("mat the" finds "Mất, hỏng thẻ BHYT", not every question
 * with "mật khẩu" or "thế"), best first: title matches, then the topics most of whose sample questions match.
 * Every topic, in its order, for an empty query.
 */
export function searchTopics<T extends SearchableTopic>(query: string, topics: readonly T[]): T[] {
  const wanted = foldWords(query).split(" ").filter(Boolean);
  if (wanted.length === 0) return [...topics];
  const holds = (text: string) => {
    const words = ` ${foldWords(text)} `;
    return wanted.every((word) => words.includes(` ${word} `));
  };
  return topics
    .map((topic) => ({
      topic,
      score:
        (holds(`${topic.title} ${topic.id.replace(/[._]/g, " ")}`) ? TITLE_WEIGHT : 0) +
        topic.examples.filter(holds).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ topic }) => topic);
}
