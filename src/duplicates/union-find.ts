/** Disjoint sets over dense integer ids, with path halving: joins pairs into clusters in near-linear time. */
export class UnionFind {
  private readonly parent: number[] = []

  find(x: number): number {
    this.parent[x] ??= x
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!
      x = this.parent[x]!
    }
    return x
  }

  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}
