/**
 * Fictional place and school names in the style of 西双版纳 villages (Dai syllables such as 曼, 勐, 南, 糯).
 * Names must be unique: the same name under two codes is itself a finding (111-03).
 */
import type { Rng } from "./random";

const FIRST = ["曼", "勐", "南", "糯", "坝", "灰", "那", "帕", "景", "贺", "回", "弄", "邦", "曼", "嘎", "巴", "岗", "纳", "允", "班"];
const SECOND = ["允", "往", "果", "东", "散", "塘", "海", "赛", "洪", "龙", "养", "真", "宋", "板", "康", "迈", "拉", "满", "达", "蚌", "贵", "冈", "宽", "腊"];
const THIRD = ["河", "坝", "寨", "山", "田", "塘", "林", "岭"];

/** Hamlet names used for teaching points and second village schools. */
export const HAMLETS = ["老寨", "新寨", "上寨", "下寨", "中寨", "大寨", "小寨", "河边", "山脚", "坡头", "箐口", "田房"];

export const PRIVATE_NAMES = ["启航", "育才", "明德", "博雅", "星光", "阳光", "春蕾", "晨曦"];

/** `count` distinct village names: two-syllable names first, then three-syllable ones, then numbered ones. */
export function villageNames(count: number, rng: Rng): string[] {
  const two = rng.shuffle([...new Set(FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => a + b)))]);
  const names = two.slice(0, count);
  for (let i = 0; names.length < count && i < two.length * THIRD.length; i++) names.push(two[i % two.length] + THIRD[Math.floor(i / two.length)]);
  for (let i = 0; names.length < count; i++) names.push(`${two[i % two.length]}${Math.floor(i / two.length) + 2}村`);
  return names;
}

/** Hands out unique names, trying a hamlet (then a number) between the stem and the suffix when taken. */
export class NameBook {
  private readonly used = new Set<string>();
  /** Next number to try per stem and suffix, so a crowded village stays linear. */
  private readonly nextNumber = new Map<string, number>();

  /**
   * @param hamlet when given, the name always carries a hamlet, starting with this one (teaching points are named
   * after the hamlet they serve).
   */
  take(stem: string, suffix: string, hamlet?: number): string {
    const hamlets = hamlet === undefined ? HAMLETS : [...HAMLETS.slice(hamlet), ...HAMLETS.slice(0, hamlet)];
    const candidates = [...(hamlet === undefined ? [stem + suffix] : []), ...hamlets.map((h) => stem + h + suffix)];
    for (const name of candidates) {
      if (!this.used.has(name)) return this.use(name);
    }
    const key = `${stem}\u0000${suffix}`;
    for (let n = this.nextNumber.get(key) ?? 2; ; n++) {
      const name = `${stem}第${n}${suffix}`;
      if (!this.used.has(name)) {
        this.nextNumber.set(key, n + 1);
        return this.use(name);
      }
    }
  }

  private use(name: string): string {
    this.used.add(name);
    return name;
  }
}
