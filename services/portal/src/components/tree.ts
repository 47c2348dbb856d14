import type { Department } from '../api/types';

export interface DepartmentNode extends Department {
  children?: DepartmentNode[];
}

/** Flat departments → a forest by parentId, each level sorted by number; orphans become roots. */
export function buildDepartmentTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const d of departments) nodes.set(d.id, { ...d });
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (list: DepartmentNode[]) => {
    list.sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
    for (const node of list) if (node.children) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Ids of a department and all below it (a department cannot move under its own descendant). */
export function descendantIds(departments: readonly Department[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId && result.has(d.parentId) && !result.has(d.id)) {
        result.add(d.id);
        grew = true;
      }
    }
  }
  return result;
}
