//! The initialization order of package-level variables (types2's
//! `initorder.go`; Go spec, "Package initialization"): repeatedly the
//! earliest variable in declaration order that has no uninitialized
//! dependencies, through functions too; a cycle is an `initialization
//! cycle` error.
//!
//! As types2 does it: the dependency graph has a node per package-level
//! constant, variable and function (types are not dependencies); function
//! nodes are then removed, each predecessor of a function getting an edge to
//! each of its successors, so that a variable depends on whatever the
//! functions it calls depend on. The remaining nodes are taken in priority
//! order: constants first, then fewest outstanding dependencies, then
//! declaration order. A node taken while it still has outstanding
//! dependencies is on a cycle, which is reported along the original edges.

use crate::{HashMap, HashSet};
use std::collections::BTreeSet;

use super::decl::Decl;
use super::object::{ObjId, ObjKind};
use super::Checker;

/// One initialization: the variables `lhs` (several for `var a, b = f()`)
/// get the value of `rhs`.
#[derive(Clone, Debug)]
pub struct Initializer {
    pub lhs: Vec<ObjId>,
    /// The file and the initializer expression's id there.
    pub file: usize,
    pub rhs: minigo_parser::ast::ExprId,
}

/// A node of the dependency graph (types2's `graphNode`). Edges are sets of
/// node indices, kept ordered so that everything derived from them is
/// deterministic.
struct Node {
    obj: ObjId,
    /// Position in declaration order (types2's `order()`).
    order: usize,
    is_func: bool,
    is_const: bool,
    /// Nodes depending on this one.
    pred: BTreeSet<usize>,
    /// Nodes this one depends on.
    succ: BTreeSet<usize>,
}

impl Checker<'_> {
    /// Appends this package's variable initializers, in execution order
    /// (packages are checked in dependency order, so the list runs
    /// imported packages' first).
    pub(crate) fn init_order(&mut self) {
        let objs = self.pkg_objects.clone();
        let order: HashMap<ObjId, usize> = objs.iter().enumerate().map(|(i, &o)| (o, i)).collect();

        // The graph: one node per dependency object of this package.
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: HashMap<ObjId, usize> = HashMap::default();
        for (i, &obj) in objs.iter().enumerate() {
            let (is_func, is_const) = match self.obj(obj).kind {
                ObjKind::Func { .. } => (true, false),
                ObjKind::Const(_) => (false, true),
                ObjKind::Var { .. } => (false, false),
                _ => continue, // types are not dependencies
            };
            if index.contains_key(&obj) {
                continue;
            }
            index.insert(obj, nodes.len());
            nodes.push(Node {
                obj,
                order: i,
                is_func,
                is_const,
                pred: BTreeSet::new(),
                succ: BTreeSet::new(),
            });
        }
        for n in 0..nodes.len() {
            for d in self.obj_deps(nodes[n].obj) {
                if let Some(&d) = index.get(&d) {
                    nodes[n].succ.insert(d);
                    nodes[d].pred.insert(n);
                }
            }
        }

        // Remove the functions, cheapest first (fewest edges added), as
        // types2 does; the resulting edges do not depend on the order.
        let mut funcs: Vec<usize> = (0..nodes.len()).filter(|&n| nodes[n].is_func).collect();
        funcs.sort_by_key(|&n| (nodes[n].pred.len() * nodes[n].succ.len(), nodes[n].order));
        for n in funcs {
            let preds: Vec<usize> = nodes[n].pred.iter().copied().collect();
            let succs: Vec<usize> = nodes[n].succ.iter().copied().collect();
            for &p in &preds {
                if p == n {
                    continue;
                }
                for &s in &succs {
                    if s != n {
                        nodes[p].succ.insert(s);
                        nodes[s].pred.insert(p);
                    }
                }
                nodes[p].succ.remove(&n);
            }
            for &s in &succs {
                nodes[s].pred.remove(&n);
            }
        }

        // The priority queue of the other nodes (types2's `nodeQueue`):
        // constants first, then fewest outstanding dependencies, then
        // declaration order. The order is unique, so a sorted set gives the
        // same sequence as types2's heap.
        let mut ndeps: Vec<usize> = nodes.iter().map(|n| n.succ.len()).collect();
        let key = |n: usize, ndeps: &[usize], nodes: &[Node]| {
            (!nodes[n].is_const, ndeps[n], nodes[n].order, n)
        };
        let mut queue: BTreeSet<(bool, usize, usize, usize)> = (0..nodes.len())
            .filter(|&n| !nodes[n].is_func)
            .map(|n| key(n, &ndeps, &nodes))
            .collect();
        let mut emitted: HashSet<(usize, u32)> = HashSet::default();
        while let Some(first) = queue.pop_first() {
            let n = first.3;
            let obj = nodes[n].obj;
            if ndeps[n] > 0 {
                // Still waiting for something: n is on a cycle.
                if let Some(cycle) = self.find_path(obj, obj, &order, &mut HashSet::default()) {
                    self.report_init_cycle(&cycle);
                }
            }
            for &p in &nodes[n].pred {
                // A node already taken (n itself, on a loop through a
                // function) is not in the queue any more.
                if queue.remove(&key(p, &ndeps, &nodes)) {
                    ndeps[p] = ndeps[p].saturating_sub(1);
                    queue.insert(key(p, &ndeps, &nodes));
                }
            }
            let Some(info) = self.decls.get(&obj) else {
                continue;
            };
            let Decl::Var {
                lhs,
                init: Some(init),
                ..
            } = &info.decl
            else {
                continue;
            };
            // `var a, b = f()` is one initializer, emitted for the first of
            // its variables that is taken.
            if !emitted.insert((info.file, init.id.0)) {
                continue;
            }
            let lhs = if lhs.is_empty() {
                vec![obj]
            } else {
                lhs.clone()
            };
            self.init_order.push(Initializer {
                lhs,
                file: info.file,
                rhs: init.id,
            });
        }
    }

    /// The package-level objects `obj`'s declaration refers to. The
    /// variables of `var a, b = f()` share one declaration in types2, and so
    /// its dependencies: they were recorded for whichever variable was being
    /// checked when `f()` was, so each gets the dependencies of all.
    fn obj_deps(&self, obj: ObjId) -> Vec<ObjId> {
        let mut deps: Vec<ObjId> = self.deps.get(&obj).cloned().unwrap_or_default();
        if let Some(info) = self.decls.get(&obj) {
            if let Decl::Var { lhs, .. } = &info.decl {
                if lhs.len() > 1 {
                    for &other in lhs {
                        if other == obj {
                            continue;
                        }
                        for &d in self.deps.get(&other).into_iter().flatten() {
                            if !deps.contains(&d) {
                                deps.push(d);
                            }
                        }
                    }
                }
            }
        }
        deps
    }

    /// types2's `findPath`: a path of dependencies from `from` to `to`
    /// along the original edges (through functions, and in declaration
    /// order), as the list of objects from `to` back to the first step, or
    /// `None`.
    fn find_path(
        &self,
        from: ObjId,
        to: ObjId,
        order: &HashMap<ObjId, usize>,
        seen: &mut HashSet<ObjId>,
    ) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let mut deps = self.obj_deps(from);
        deps.sort_by_key(|d| order.get(d).copied().unwrap_or(usize::MAX));
        for d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut path) = self.find_path(d, to, order, seen) {
                path.push(d);
                return Some(path);
            }
        }
        None
    }

    /// types2's `reportCycle`: `initialization cycle: x refers to itself`,
    /// or `initialization cycle for x` followed by one `FILE:L:C: a refers
    /// to b` line per step, each at the referring object.
    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let Some(&first) = cycle.first() else { return };
        let o = self.obj(first);
        let (Some(file), pos) = (o.file, o.pos) else {
            return;
        };
        if cycle.len() == 1 {
            let msg = format!("initialization cycle: {} refers to itself", o.name);
            self.error_in(file, pos, msg, false);
            return;
        }
        let mut msg = format!("initialization cycle for {}", o.name);
        let mut cur = first;
        for &next in cycle.iter().rev() {
            let c = self.obj(cur);
            let at = c
                .file
                .map(|f| format!("{}: ", self.pos_string(f, c.pos)))
                .unwrap_or_default();
            msg.push_str(&format!(
                "\n\t{at}{} refers to {}",
                c.name,
                self.obj(next).name
            ));
            cur = next;
        }
        self.error_in(file, pos, msg, false);
    }
}
