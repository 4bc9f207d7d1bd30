//! No import circles: the top-level modules of a crate, read from its sources, refer to
//! each other without a cycle. Shared by both crates' suites (the server's includes this
//! file by path); each checks its own `src/`.
//!
//! The graph's nodes are the crate root (`lib.rs`, else `main.rs`) and the modules it
//! declares, a directory module counting as one. An edge `a -> b` is a path in `a` that
//! names `b` or something in it: `crate::b::...` (also inside `use crate::{b::...}`
//! groups), `super::...` that climbs out of `a` to `b`, and in the root a path starting
//! with `b::`. A path to an item of the root itself (`crate::Args`) is an edge to the
//! root. Declaring a module (`mod b;`) is containment, not an edge.

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

/// The modules the root declares (`mod name;` or `mod name { .. }` outside any braces).
fn declared_modules(root: &[Token]) -> BTreeSet<String> {
    let mut depth = 0usize;
    let mut out = BTreeSet::new();
    for (i, t) in root.iter().enumerate() {
        match t.text.as_str() {
            "{" => depth += 1,
            "}" => depth = depth.saturating_sub(1),
            "mod" if depth == 0 => {
                if let Some(name) = root.get(i + 1).filter(|n| is_ident(&n.text)) {
                    out.insert(name.text.clone());
                }
            }
            _ => {}
        }
    }
    out
}

/// Adds to `graph` the references that one file of the crate makes.
///
/// `node` is the file's top-level module (`ROOT` for the root file) and `depth` how deep
/// the file's own module lies below the root (0 for the root, 1 for `src/a.rs` and
/// `src/a/mod.rs`, 2 for `src/a/b.rs`).
fn add_file(
    graph: &mut Graph,
    modules: &BTreeSet<String>,
    file: &str,
    node: &str,
    depth: usize,
    source: &str,
) {
    let toks = tokens(source);
    let text = |i: usize| toks.get(i).map_or("", |t| t.text.as_str());
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
        let starts_path = is_ident(t) && (i == 0 || text(i - 1) != "::");
        if !starts_path {
            i += 1;
            continue;
        }
        // Where the code at `i` lives: its top-level node, and its depth below the root.
        let here = if node == ROOT {
            inline.first().map_or(ROOT, |(_, name)| name.as_str())
        } else {
            node
        };
        let level = depth + inline.len();
        // The path's depth after its leading `crate`/`super`/`self`, and its next token.
        let (base, next) = match t {
            "crate" => (Some(0), i + 2),
            "super" => {
                let mut j = i;
                let mut up = 0;
                while text(j) == "super" && text(j + 1) == "::" {
                    up += 1;
                    j += 2;
                }
                (level.checked_sub(up), j)
            }
            "self" => (Some(level), i + 2),
            _ if level == 0 && modules.contains(t) => (Some(0), i),
            _ => (None, i),
        };
        if base == Some(0) && text(i + 1) == "::" {
            let mut targets = Vec::new();
            if text(next) == "{" {
                // A `use` group: the first segment of each of its items.
                let mut nest = 0;
                let mut item_start = true;
                let mut j = next;
                while j < toks.len() {
                    match text(j) {
                        "{" => nest += 1,
                        "}" => {
                            nest -= 1;
                            if nest == 0 {
                                break;
                            }
                        }
                        "," if nest == 1 => item_start = true,
                        s if nest == 1 && item_start => {
                            targets.push(s.to_string());
                            item_start = false;
                        }
                        _ => {}
                    }
                    j += 1;
                }
            } else {
                targets.push(text(next).to_string());
            }
            for target in targets {
                let to = if modules.contains(&target) {
                    target
                } else {
                    ROOT.to_string()
                };
                if to != here {
                    let place = format!("{file}:{}", toks[i].line);
                    graph
                        .entry(here.to_string())
                        .or_default()
                        .entry(to)
                        .or_insert(place);
                }
            }
        }
        i += 1;
    }
}

/// The module graph of the crate whose sources are `sources` (paths relative to `src/`,
/// with `/` separators, and their text).
fn graph_of(sources: &[(String, String)]) -> Graph {
    let root_file = ["lib.rs", "main.rs"]
        .into_iter()
        .find(|r| sources.iter().any(|(p, _)| p == r))
        .expect("a crate root, lib.rs or main.rs");
    let root = &sources
        .iter()
        .find(|(p, _)| p == root_file)
        .expect("root")
        .1;
    let modules = declared_modules(&tokens(root));
    let mut graph = Graph::new();
    for (path, text) in sources {
        let parts: Vec<&str> = path.split('/').collect();
        let (node, depth) = if path == root_file {
            (ROOT.to_string(), 0)
        } else {
            let node = parts[0].trim_end_matches(".rs").to_string();
            if !modules.contains(&node) {
                // Another crate's root (a binary beside the library).
                continue;
            }
            let depth = parts.len() - usize::from(parts.last() == Some(&"mod.rs"));
            (node, depth)
        };
        add_file(&mut graph, &modules, path, &node, depth, text);
    }
    graph
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

#[test]
fn no_import_circles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = circles(&graph_of(&read_sources(&src)));
    assert!(
        found.is_empty(),
        "import circles between the modules of {} (see DEVELOPERS.md, Rules):\n{}",
        src.display(),
        found.join("\n")
    );
}

mod checker {
    use super::*;

    fn crate_of(files: &[(&str, &str)]) -> Graph {
        let sources: Vec<(String, String)> = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        graph_of(&sources)
    }

    fn edges(graph: &Graph) -> Vec<String> {
        graph
            .iter()
            .flat_map(|(a, to)| to.keys().map(move |b| format!("{a}->{b}")))
            .collect()
    }

    #[test]
    fn reads_uses_groups_and_paths() {
        let g = crate_of(&[
            ("lib.rs", "mod a; mod b; mod c; mod d; pub use a::X;"),
            ("a.rs", "use crate::{b::Y, c};\nfn f() { crate::d::g(); }"),
            ("b/mod.rs", "mod inner;"),
            ("b/inner.rs", "use super::super::c::Z; use super::W;"),
            ("c.rs", "fn f() -> super::d::T { todo!() }"),
            ("d.rs", ""),
        ]);
        assert_eq!(
            edges(&g),
            ["a->b", "a->c", "a->d", "b->c", "c->d", "crate->a"]
        );
    }

    #[test]
    fn ignores_comments_literals_tests_and_declarations() {
        let g = crate_of(&[
            ("main.rs", "mod a; mod b;"),
            (
                "a.rs",
                "// crate::b::x\n/* crate::b::y */ const S: &str = \"crate::b::z\";\n\
                 const R: &str = r#\"crate::b::\"#; const C: char = '\"';\n\
                 fn f<'a>(x: &'a str) {}\nmod tests { use super::*; use super::f; }",
            ),
            ("b.rs", "mod child; pub(crate) fn g() {}"),
            ("b/child.rs", "use super::g;"),
        ]);
        assert!(edges(&g).is_empty(), "{:?}", edges(&g));
    }

    #[test]
    fn finds_circles_through_the_root_and_groups() {
        let g = crate_of(&[
            (
                "lib.rs",
                "mod a; mod b; mod c; pub struct Args; fn main() { a::run() }",
            ),
            ("a.rs", "use crate::{b::X};"),
            ("b.rs", "use crate::c::Y;"),
            ("c.rs", "fn f(_: &super::Args) { crate::a::z() }"),
        ]);
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
        let g = crate_of(&[
            ("lib.rs", "mod a; mod b; use a::f; use b::g;"),
            ("a.rs", "use crate::b::g;"),
            ("b.rs", ""),
        ]);
        assert!(circles(&g).is_empty());
    }
}
