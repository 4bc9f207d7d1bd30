//! `tag ...`: the tags of services, node clusters and nodes.
//!
//! An identifier names a service if it can, else a node cluster, else a node; an ambiguous
//! match at any step is an error. Tags are the objects' `tags` lists, replaced as a whole by
//! a PATCH; nothing is sent when a list would not change.

use serde_json::{json, Value};

use super::ctx::Ctx;
use super::each::for_each_id;
use super::sync::show_result;
use super::tags::tag_list;
use crate::api::resolve::{detail, find, Found};
use crate::api::resource::{Resource, NODE, NODECLUSTER, SERVICE};
use crate::api::{Client, Reply};
use crate::cli::tag::{ChangeArgs, TagCommand};
use crate::cli::SyncArgs;
use crate::error::{Error, Kind, Result};
use crate::fields::{resource_uri, text, uuid};
use crate::output::Column;

/// Columns of `tag ls`.
const COLUMNS: &[Column] = &[
    Column::id("IDENTIFIER"),
    Column::text("TYPE"),
    Column::free("TAGS"),
];

/// The kinds of taggable objects, in lookup order, with the names `tag ls` shows.
const KINDS: [(&Resource, &str); 3] = [
    (&SERVICE, "Service"),
    (&NODECLUSTER, "NodeCluster"),
    (&NODE, "Node"),
];

/// Runs a `tag` subcommand.
pub fn run(command: TagCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, TagCommand::Ls(args) if args.quiet.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        TagCommand::Add(args) => change(ctx, &args, |current, given| {
            let mut tags = current.to_vec();
            for tag in given {
                if !names(&tags).contains(&text(tag, "name")) {
                    tags.push(tag.clone());
                }
            }
            tags
        }),
        TagCommand::Rm(args) => change(ctx, &args, |current, given| {
            let unwanted = names(given);
            current
                .iter()
                .filter(|tag| !unwanted.contains(&text(tag, "name")))
                .cloned()
                .collect()
        }),
        TagCommand::Set(args) => change(ctx, &args, |_, given| given.to_vec()),
        TagCommand::Ls(args) => ls(ctx, &args.ids.identifier),
    }
}

/// The object `id` names and the name of its kind; `None` when no kind has it.
fn lookup(client: &Client, id: &str) -> Result<Option<(Value, &'static str)>> {
    for (resource, kind) in KINDS {
        match find(client, resource, id)? {
            Found::One(object) => return Ok(Some((object, kind))),
            Found::Many(candidates) => {
                return Err(Error::failure(resource.ambiguous(id, &candidates)))
            }
            Found::None => {}
        }
    }
    Ok(None)
}

/// The error for an identifier no kind has.
fn not_found(id: &str) -> Error {
    Error::failure(format!(
        "Identifier '{id}' does not match any service, node or nodecluster"
    ))
}

/// An object's tags (`[{"name": ...}]`, as the server sent them).
fn tags_of(object: &Value) -> &[Value] {
    object
        .get("tags")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The names of tag objects.
fn names(tags: &[Value]) -> Vec<&str> {
    tags.iter().map(|tag| text(tag, "name")).collect()
}

/// `tag add|rm|set`: computes each object's new tag list from its current one and the given
/// tags, and PATCHes it when it differs.
fn change(
    ctx: &Ctx,
    args: &ChangeArgs,
    plan: impl Fn(&[Value], &[Value]) -> Vec<Value>,
) -> Result<()> {
    let given = tag_list(&args.tag)?;
    let no_sync = SyncArgs {
        sync: false,
        timeout: 0,
    };
    for_each_id(&ctx.out, &args.identifier, |id| {
        let (object, _) = lookup(&ctx.client, id)?.ok_or_else(|| not_found(id))?;
        let object = detail(&ctx.client, id, object)?;
        let tags = plan(tags_of(&object), &given);
        let reply = if names(&tags) == names(tags_of(&object)) {
            Reply::default()
        } else {
            let body = json!({ "tags": tags });
            ctx.client.patch(resource_uri(&object)?, &body)?
        };
        show_result(ctx, object, reply, no_sync)
    })
}

/// `tag ls`: one row per identifier, printed once all are looked up; failures show as rows
/// whose type is `None` (nothing found) or empty (another error); an empty line with `-q`,
/// nothing with `--json`.
fn ls(ctx: &Ctx, ids: &[String]) -> Result<()> {
    let mut list = ctx.out.list(COLUMNS);
    let mut failed = false;
    for id in ids {
        match lookup(&ctx.client, id).and_then(|found| found.ok_or_else(|| not_found(id))) {
            Ok((object, kind)) => {
                let tags = names(tags_of(&object));
                let row = json!({
                    "identifier": id,
                    "type": kind,
                    "uuid": uuid(&object),
                    "tags": tags,
                });
                let joined = tags.join(" ");
                list.row(
                    &row,
                    vec![id.clone(), kind.to_string(), joined.clone()],
                    &joined,
                )?;
            }
            Err(e) if e.kind == Kind::Failure => {
                ctx.out.note(&e.message);
                failed = true;
                // As the original: `None` for an identifier nothing has, empty otherwise.
                let kind = if e == not_found(id) { "None" } else { "" };
                if !ctx.out.is_json() {
                    list.row(
                        &Value::Null,
                        vec![id.clone(), kind.to_string(), String::new()],
                        "",
                    )?;
                }
            }
            Err(e) => return Err(e),
        }
    }
    list.finish()?;
    if failed {
        Err(Error::failure(""))
    } else {
        Ok(())
    }
}
