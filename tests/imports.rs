//! No import circles: the top-level modules of a crate, read from its sources, refer to
//! each other without a cycle, and so do the modules inside each directory module; and in
//! the client, no command group of `src/commands/` refers to another. Shared by both
//! crates' suites (the server's includes this file by path); each checks its own `src/`.
//!
//! The top-level graph's nodes are the crate root (`lib.rs`, else `main.rs`) and the
//! modules it declares, a directory module counting as one. An edge `a -> b` is a path in
//! `a` that names `b` or something in it: `crate::b::...` (also inside `use crate::{b::...}`
//! groups), `super::...` that climbs out of `a` to `b`, and in the root a path starting
//! with `b::` or `self::b::`. A path to an item of the root itself (`crate::Args`) is an
//! edge to the root. Declaring a module (`mod b;`) is containment, not an edge.
//!
//! A directory module `d` (`d/mod.rs` and the files beside it) has a graph of the same
//! kind, one level down: its nodes are the modules it declares (`d::x`, a directory among
//! them counting as one), its edges the paths from one to another (`super::y::...`,
//! `crate::d::y::...`). Its own file is not a node: it holds what its modules share and
//! puts them together, so paths to and from it are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The name of the crate root's node.
const ROOT: &str = "crate";

/// Module dependencies: for each node, the nodes it refers to and where it first does.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// One token of Rust source with its line: an identifier, `::`, or one punctuation char.
#[derive(Debug, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

/// The tokens of `source` that paths are made of, without comments and literals.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(&chars, i) {
            // r"..", r#".."#, br#".."#: skip to the quote followed by as many hashes.
            i = chars[i..]
                .iter()
                .position(|&c| c == '"')
                .map_or(chars.len(), |p| i + p + 1);
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#') {
                    i += hashes + 1;
                    break;
                }
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                line += usize::from(chars[i] == '\n');
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{..}'); otherwise a lifetime or a label.
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if word == "r" && at(i) == '#' {
                // A raw identifier: r#type.
                i += 1;
                continue;
            }
            out.push(Token { text: word, line });
        } else if c.is_ascii_digit() {
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token {
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            out.push(Token {
                text: c.to_string(),
                line,
            });
            i += 1;
        }
    }
    out
}

/// The number of `#` of a raw string literal starting at `i`, if one does.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let mut j = i;
    if chars.get(j) == Some(&'b') {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    (chars.get(j + hashes) == Some(&'"')).then_some(hashes)
}

fn is_ident(text: &str) -> bool {
    text.starts_with(|c: char| c.is_alphabetic() || c == '_')
}

/// The modules a file declares (`mod name;` or `mod name { .. }` outside any braces).
fn declared_modules(file: &[Token]) -> BTreeSet<String> {
    let mut depth = 0usize;
    let mut out = BTreeSet::new();
    for (i, t) in file.iter().enumerate() {
        match t.text.as_str() {
            "{" => depth += 1,
            "}" => depth = depth.saturating_sub(1),
            "mod" if depth == 0 => {
                if let Some(name) = file.get(i + 1).filter(|n| is_ident(&n.text)) {
                    out.insert(name.text.clone());
                }
            }
            _ => {}
        }
    }
    out
}

/// The text of token `i`, empty past the end.
fn text_at(toks: &[Token], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.text.as_str())
}

/// A module's path from the crate root: `[]` for the root, `["api", "page"]` for `api::page`.
type ModPath = Vec<String>;

/// A path in the code of module `from` that names `to` (a module or an item, both from
/// the crate root), at `place` (`file:line`).
struct Reference {
    from: ModPath,
    to: ModPath,
    place: String,
}

/// What a crate's sources declare and refer to.
struct Crate {
    /// The modules each module declares, inline ones included.
    children: BTreeMap<ModPath, BTreeSet<String>>,
    /// The modules with files of their own below them (`api/mod.rs` and `api/page.rs`).
    directories: BTreeSet<ModPath>,
    references: Vec<Reference>,
}

/// The paths that a path or `use` tree starting at token `i` names, each as its segments
/// (`b::{c, d::e as f}` names `[b, c]` and `[b, d, e]`; `self` or a glob ends a path),
/// and the index of the token after it.
fn tree(toks: &[Token], mut i: usize) -> (Vec<ModPath>, usize) {
    let text = |i: usize| text_at(toks, i);
    let mut prefix = ModPath::new();
    loop {
        let t = text(i);
        if t == "{" {
            let mut out = Vec::new();
            i += 1;
            while !matches!(text(i), "}" | "") {
                let (paths, next) = tree(toks, i);
                out.extend(paths.into_iter().map(|p| [prefix.clone(), p].concat()));
                i = next;
                while !matches!(text(i), "," | "}" | "") {
                    i += 1; // `as name`
                }
                i += usize::from(text(i) == ",");
            }
            return (out, i + 1);
        }
        if is_ident(t) && t != "self" {
            prefix.push(t.to_string());
            i += 1;
            if text(i) == "::" {
                i += 1;
                continue;
            }
        } else if t == "self" || t == "*" {
            i += 1;
        }
        return (vec![prefix], i);
    }
}

/// The references that one file of a crate makes: the file of module `module`, which
/// declares `children`.
fn references_in(
    file: &str,
    module: &ModPath,
    children: &BTreeSet<String>,
    toks: &[Token],
) -> Vec<Reference> {
    let text = |i: usize| text_at(toks, i);
    let mut out = Vec::new();
    // Inline modules open at these brace depths, with their names.
    let mut inline: Vec<(usize, String)> = Vec::new();
    let mut braces = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let t = text(i);
        if t == "{" {
            if text(i.wrapping_sub(2)) == "mod" && i >= 2 {
                inline.push((braces, text(i - 1).to_string()));
            }
            braces += 1;
        } else if t == "}" {
            braces = braces.saturating_sub(1);
            if inline.last().is_some_and(|(b, _)| *b == braces) {
                inline.pop();
            }
        }
        let starts_path = is_ident(t) && (i == 0 || text(i - 1) != "::") && text(i + 1) == "::";
        if !starts_path {
            i += 1;
            continue;
        }
        // The module the code at `i` lives in.
        let here: ModPath = module
            .iter()
            .cloned()
            .chain(inline.iter().map(|(_, n)| n.clone()))
            .collect();
        // The module the path starts from, and where its segments start.
        let (base, rest) = match t {
            "crate" => (Some(ModPath::new()), i + 2),
            "self" => (Some(here.clone()), i + 2),
            "super" => {
                let mut j = i;
                let mut up = 0;
                while text(j) == "super" && text(j + 1) == "::" {
                    up += 1;
                    j += 2;
                }
                (here.len().checked_sub(up).map(|n| here[..n].to_vec()), j)
            }
            // In a module's own code (not in an inline module), a path may start with
            // a module it declares.
            _ if inline.is_empty() && children.contains(t) => (Some(module.clone()), i),
            _ => (None, i),
        };
        let Some(base) = base else {
            i += 1;
            continue;
        };
        let (paths, end) = tree(toks, rest);
        for p in paths {
            out.push(Reference {
                from: here.clone(),
                to: [base.clone(), p].concat(),
                place: format!("{file}:{}", toks[i].line),
            });
        }
        i = end;
    }
    out
}

/// The module a source file holds (`path` relative to `src/`): `a.rs` and `a/mod.rs` hold
/// `a`, `a/b.rs` holds `a::b`, `root_file` holds the root.
fn module_of(path: &str, root_file: &str) -> ModPath {
    if path == root_file {
        return ModPath::new();
    }
    let mut parts: ModPath = path
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Reads the crate whose sources are `sources` (paths relative to `src/`, with `/`
/// separators, and their text). Files of modules the crate does not declare (another
/// crate's root, such as a binary beside the library) are left out.
fn crate_of(sources: &[(String, String)]) -> Crate {
    let root_file = ["lib.rs", "main.rs"]
        .into_iter()
        .find(|r| sources.iter().any(|(p, _)| p == r))
        .expect("a crate root, lib.rs or main.rs");
    let files: Vec<(&str, ModPath, Vec<Token>)> = sources
        .iter()
        .map(|(p, t)| (p.as_str(), module_of(p, root_file), tokens(t)))
        .collect();
    let children: BTreeMap<ModPath, BTreeSet<String>> = files
        .iter()
        .map(|(_, m, toks)| (m.clone(), declared_modules(toks)))
        .collect();
    let declared = |m: &ModPath| {
        (1..=m.len()).all(|n| {
            children
                .get(&m[..n - 1])
                .is_some_and(|c| c.contains(&m[n - 1]))
        })
    };
    let mut directories = BTreeSet::new();
    let mut references = Vec::new();
    for (path, module, toks) in &files {
        if !declared(module) {
            continue;
        }
        directories.extend((1..module.len()).map(|n| module[..n].to_vec()));
        references.extend(references_in(path, module, &children[module], toks));
    }
    Crate {
        children,
        directories,
        references,
    }
}

/// A module's name in the messages: `crate` for the root, else its path (`api::page`).
fn label(module: &[String]) -> String {
    if module.is_empty() {
        ROOT.to_string()
    } else {
        module.join("::")
    }
}

/// The graph of the modules that `scope` declares, a module of a directory counting as
/// one node. The root's graph has the root too (its code and items); a directory module's
/// own file is left out, as it holds what its modules share and puts them together (the
/// client's `cli::Command` holds each group's commands, which parse into `cli::Cli`).
fn graph_in(krate: &Crate, scope: &ModPath) -> Graph {
    let children = &krate.children[scope];
    let node = |m: &ModPath| {
        let rest = m.strip_prefix(scope.as_slice())?;
        match rest.first() {
            Some(child) if children.contains(child) => Some(label(&m[..=scope.len()])),
            _ => scope.is_empty().then(|| label(scope)),
        }
    };
    let mut graph = Graph::new();
    for r in &krate.references {
        if let (Some(a), Some(b)) = (node(&r.from), node(&r.to)) {
            if a != b {
                graph
                    .entry(a)
                    .or_default()
                    .entry(b)
                    .or_insert(r.place.clone());
            }
        }
    }
    graph
}

/// The graphs the rule covers: the root's (its top-level modules), then one per directory
/// module (the modules its directory holds).
fn scopes(krate: &Crate) -> Vec<ModPath> {
    std::iter::once(ModPath::new())
        .chain(krate.directories.iter().cloned())
        .collect()
}

/// Every `.rs` file below `dir`, as (path relative to `dir`, text).
fn read_sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).expect("read the source directory") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(dir).expect("below src");
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let text = std::fs::read_to_string(&path).expect("read a source file");
                out.push((rel, text));
            }
        }
    }
    out.sort();
    out
}

/// The nodes `from` reaches through one edge or more.
fn reach(graph: &Graph, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut pending = vec![from.to_string()];
    while let Some(node) = pending.pop() {
        for next in graph.get(&node).into_iter().flat_map(BTreeMap::keys) {
            if seen.insert(next.clone()) {
                pending.push(next.clone());
            }
        }
    }
    seen
}

/// The nodes of a shortest path of one edge or more from `from` to `to`, `from` first and
/// `to` left out; empty when there is none.
fn path(graph: &Graph, from: &str, to: &str) -> Vec<String> {
    let mut came: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([from.to_string()]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(&node).into_iter().flat_map(BTreeMap::keys) {
            if !came.contains_key(next) {
                came.insert(next.clone(), node.clone());
                queue.push_back(next.clone());
            }
        }
    }
    let mut out = Vec::new();
    let mut at = to.to_string();
    loop {
        let Some(prev) = came.get(&at) else {
            return Vec::new();
        };
        out.push(prev.clone());
        if prev == from {
            break;
        }
        at = prev.clone();
    }
    out.reverse();
    out
}

/// The import circles of `graph`, one entry per group of modules that reach each other:
/// a shortest circle through the group's first module, then every edge inside the group
/// with where it is made. Empty when the graph is acyclic.
fn circles(graph: &Graph) -> Vec<String> {
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for node in graph.keys() {
        let reached = reach(graph, node);
        if done.contains(node) || !reached.contains(node) {
            continue;
        }
        let group: BTreeSet<String> = reached
            .into_iter()
            .filter(|other| reach(graph, other).contains(node))
            .collect();
        let mut circle = path(graph, node, node);
        circle.push(node.clone());
        let edges: Vec<String> = group
            .iter()
            .flat_map(|a| {
                graph[a]
                    .iter()
                    .filter(|(b, _)| group.contains(*b))
                    .map(move |(b, place)| format!("  {a} -> {b} ({place})"))
            })
            .collect();
        out.push(format!("{}\n{}", circle.join(" -> "), edges.join("\n")));
        done.extend(group);
    }
    out
}

/// The client's command groups: the modules of `src/commands/` that carry out one command
/// or group of commands, each built from the shared modules only.
const COMMAND_GROUPS: [&str; 13] = [
    "action",
    "completion",
    "container",
    "event",
    "login",
    "node",
    "nodecluster",
    "repository",
    "service",
    "stack",
    "tag",
    "trigger",
    "tutum",
];

/// The modules of `src/commands/` that the groups share.
const SHARED_BY_GROUPS: [&str; 10] = [
    "ctx", "each", "exec", "inspect", "list", "manual", "operate", "sync", "tags", "wait",
];

/// The references from one group of `scope` to another, one line each with where it is made.
fn cross_group(graph: &Graph, scope: &str, groups: &[&str]) -> Vec<String> {
    let group = |node: &str| {
        node.strip_prefix(scope)
            .and_then(|n| n.strip_prefix("::"))
            .is_some_and(|n| groups.contains(&n))
    };
    graph
        .iter()
        .filter(|(a, _)| group(a))
        .flat_map(|(a, to)| {
            to.iter()
                .filter(|(b, _)| group(b))
                .map(move |(b, place)| format!("  {a} -> {b} ({place})"))
        })
        .collect()
}

fn this_crate() -> Crate {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    crate_of(&read_sources(&src))
}

#[test]
fn no_import_circles() {
    let krate = this_crate();
    let found: Vec<String> = scopes(&krate)
        .iter()
        .flat_map(|scope| circles(&graph_in(&krate, scope)))
        .collect();
    assert!(
        found.is_empty(),
        "import circles between the modules of {}/src (see DEVELOPERS.md, Rules):\n{}",
        env!("CARGO_MANIFEST_DIR"),
        found.join("\n")
    );
}

#[test]
fn command_groups_never_refer_to_each_other() {
    if env!("CARGO_PKG_NAME") != "docker-cloud" {
        return; // a rule of the client's
    }
    let krate = this_crate();
    let commands = vec!["commands".to_string()];
    let listed: BTreeSet<&str> = COMMAND_GROUPS
        .iter()
        .chain(&SHARED_BY_GROUPS)
        .copied()
        .collect();
    let declared: BTreeSet<&str> = krate.children[&commands]
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(
        listed, declared,
        "each module of src/commands/ is listed, in COMMAND_GROUPS or SHARED_BY_GROUPS"
    );
    assert_eq!(
        listed.len(),
        COMMAND_GROUPS.len() + SHARED_BY_GROUPS.len(),
        "a module listed in both COMMAND_GROUPS and SHARED_BY_GROUPS"
    );
    let found = cross_group(&graph_in(&krate, &commands), "commands", &COMMAND_GROUPS);
    assert!(
        found.is_empty(),
        "command groups refer to each other (see DEVELOPERS.md, Rules):\n{}",
        found.join("\n")
    );
}

mod checker {
    use super::*;

    fn read(files: &[(&str, &str)]) -> Crate {
        let sources: Vec<(String, String)> = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        crate_of(&sources)
    }

    /// The graph of the crate's top-level modules.
    fn top(krate: &Crate) -> Graph {
        graph_in(krate, &ModPath::new())
    }

    fn dir(path: &str) -> ModPath {
        path.split("::").map(String::from).collect()
    }

    /// The graph inside directory module `path`.
    fn inside(krate: &Crate, path: &str) -> Graph {
        graph_in(krate, &dir(path))
    }

    fn edges(graph: &Graph) -> Vec<String> {
        graph
            .iter()
            .flat_map(|(a, to)| to.keys().map(move |b| format!("{a}->{b}")))
            .collect()
    }

    #[test]
    fn reads_uses_groups_and_paths() {
        let g = top(&read(&[
            (
                "lib.rs",
                "mod a; mod b; mod c; mod d; pub use a::X; use self::b::Q;",
            ),
            ("a.rs", "use crate::{b::Y, c};\nfn f() { crate::d::g(); }"),
            ("b/mod.rs", "mod inner;"),
            ("b/inner.rs", "use super::super::c::Z; use super::W;"),
            ("c.rs", "fn f() -> super::d::T { todo!() }"),
            ("d.rs", ""),
        ]));
        assert_eq!(
            edges(&g),
            ["a->b", "a->c", "a->d", "b->c", "c->d", "crate->a", "crate->b"]
        );
    }

    #[test]
    fn ignores_comments_literals_tests_and_declarations() {
        let g = top(&read(&[
            ("main.rs", "mod a; mod b;"),
            (
                "a.rs",
                "// crate::b::x\n/* crate::b::y */ const S: &str = \"crate::b::z\";\n\
                 const R: &str = r#\"crate::b::\"#; const C: char = '\"';\n\
                 fn f<'a>(x: &'a str) {}\nmod tests { use super::*; use super::f; }",
            ),
            ("b.rs", "mod child; pub(crate) fn g() {}"),
            ("b/child.rs", "use super::g;"),
        ]));
        assert!(edges(&g).is_empty(), "{:?}", edges(&g));
    }

    #[test]
    fn finds_circles_through_the_root_and_groups() {
        let g = top(&read(&[
            (
                "lib.rs",
                "mod a; mod b; mod c; pub struct Args; fn main() { a::run() }",
            ),
            ("a.rs", "use crate::{b::X};"),
            ("b.rs", "use crate::c::Y;"),
            ("c.rs", "fn f(_: &super::Args) { crate::a::z() }"),
        ]));
        let found = circles(&g);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0],
            [
                "a -> b -> c -> a",
                "  a -> b (a.rs:1)",
                "  b -> c (b.rs:1)",
                "  c -> a (c.rs:1)",
                "  c -> crate (c.rs:1)",
                "  crate -> a (lib.rs:1)",
            ]
            .join("\n")
        );
    }

    #[test]
    fn an_acyclic_crate_has_no_circle() {
        let g = top(&read(&[
            ("lib.rs", "mod a; mod b; use a::f; use b::g;"),
            ("a.rs", "use crate::b::g;"),
            ("b.rs", ""),
        ]));
        assert!(circles(&g).is_empty());
    }

    #[test]
    fn reads_the_modules_of_a_directory() {
        let krate = read(&[
            ("main.rs", "mod d; mod e;"),
            (
                "d/mod.rs",
                "mod x; mod y; mod z; mod w;\nuse self::x::A;\nfn f() { y::g(); }",
            ),
            ("d/x.rs", "use super::{w, z::{B, C as D}};"),
            ("d/y.rs", "use crate::d::w::E; use crate::e::F;"),
            ("d/z/mod.rs", "mod deep;"),
            ("d/z/deep.rs", "use super::super::w::G; use super::H;"),
            ("d/w.rs", "mod tests { use super::*; }"),
            ("e.rs", "use crate::d::x::I;"),
        ]);
        assert_eq!(krate.directories, BTreeSet::from([dir("d"), dir("d::z")]));
        assert_eq!(
            edges(&inside(&krate, "d")),
            ["d::x->d::w", "d::x->d::z", "d::y->d::w", "d::z->d::w"]
        );
        assert_eq!(edges(&top(&krate)), ["d->e", "e->d"]);
    }

    #[test]
    fn finds_circles_inside_a_directory() {
        let krate = read(&[
            ("lib.rs", "mod d;"),
            (
                "d/mod.rs",
                "mod x; mod y; mod z; pub struct S; pub fn run() { z::go() }",
            ),
            ("d/x.rs", "use super::y::A;"),
            ("d/y.rs", "use crate::d::x::B;"),
            ("d/z.rs", "fn go(_: super::S) {}"),
        ]);
        assert!(circles(&top(&krate)).is_empty());
        // `d::z` and the code of `d/mod.rs` use each other: not a circle, as the directory's
        // own file is not a node.
        let found = circles(&inside(&krate, "d"));
        assert_eq!(
            found,
            ["d::x -> d::y -> d::x\n  d::x -> d::y (d/x.rs:1)\n  d::y -> d::x (d/y.rs:1)"]
        );
    }

    #[test]
    fn finds_groups_that_refer_to_each_other() {
        let krate = read(&[
            ("main.rs", "mod commands;"),
            (
                "commands/mod.rs",
                "mod list; mod node; mod service; mod stack;",
            ),
            ("commands/list.rs", ""),
            ("commands/node.rs", "use super::list::Listing;"),
            ("commands/service.rs", "use super::list::Listing;"),
            (
                "commands/stack.rs",
                "use super::list::Listing;\nuse crate::commands::service::create;",
            ),
        ]);
        let groups = ["node", "service", "stack"];
        let g = inside(&krate, "commands");
        assert!(circles(&g).is_empty());
        assert_eq!(
            cross_group(&g, "commands", &groups),
            ["  commands::stack -> commands::service (commands/stack.rs:2)"]
        );
        assert!(cross_group(&g, "commands", &["node", "service"]).is_empty());
    }
}
