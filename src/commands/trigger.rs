//! `trigger ...`: the triggers of a service, under `{service resource_uri}trigger/`.

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::ctx::Ctx;
use super::each::for_each_id;
use super::operate::confirmed;
use crate::api::resolve::{is_uuid4, resolve};
use crate::api::resource::{ambiguous, SERVICE};
use crate::api::{Client, PAGE_SIZE};
use crate::cli::trigger::{CreateArgs, RmArgs, TriggerCommand};
use crate::error::{Error, Result};
use crate::fields::{last_segment, resource_uri, text, uuid};
use crate::output::{self, Column};

/// Columns of `trigger ls`.
const COLUMNS: &[Column] = &[
    Column::id("UUID"),
    Column::id("NAME"),
    Column::text("OPERATION"),
    Column::free("URL"),
];

/// Runs a `trigger` subcommand.
pub fn run(command: TriggerCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, TriggerCommand::Ls(args) if args.quiet.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        TriggerCommand::Create(args) => create(ctx, args),
        TriggerCommand::Ls(args) => ls(ctx, &args.identifier),
        TriggerCommand::Rm(args) => rm(ctx, args),
    }
}

/// The service `id` names and its trigger collection.
fn collection(client: &Client, id: &str) -> Result<(Value, String)> {
    let service = resolve(client, &SERVICE, id)?;
    let collection = format!("{}/trigger/", resource_uri(&service)?.trim_end_matches('/'));
    Ok((service, collection))
}

/// A trigger's uuid: its `uuid` field, or the last segment of its `resource_uri`.
fn trigger_uuid(trigger: &Value) -> &str {
    match uuid(trigger) {
        "" => last_segment(text(trigger, "resource_uri")),
        id => id,
    }
}

/// The full URL that calls a trigger: its `url` on the REST host, slashes normalised.
fn call_url(client: &Client, trigger: &Value) -> String {
    let url = text(trigger, "url");
    if url.is_empty() || url.starts_with("http://") || url.starts_with("https://") {
        return url.to_string();
    }
    let path: Vec<&str> = url.split('/').filter(|part| !part.is_empty()).collect();
    format!(
        "{}/{}/",
        client.config().rest_host.trim_end_matches('/'),
        path.join("/")
    )
}

/// Every trigger in `collection`, following the pages.
fn triggers(client: &Client, collection: &str) -> Result<Vec<Value>> {
    let limit = PAGE_SIZE.to_string();
    let mut query = vec![("limit", limit.as_str())];
    let mut path = collection.to_string();
    let mut seen = HashSet::new();
    let mut all = Vec::new();
    loop {
        let page = client
            .get(&path, &query)?
            .body
            .ok_or_else(|| Error::failure(format!("empty list reply (GET {path})")))?;
        let objects = page
            .get("objects")
            .and_then(Value::as_array)
            .ok_or_else(|| Error::failure(format!("the list reply has no objects (GET {path})")))?;
        let next = page.pointer("/meta/next").and_then(Value::as_str);
        let advances = !objects.is_empty();
        all.extend(objects.iter().cloned());
        match next.filter(|next| !next.is_empty()) {
            None => return Ok(all),
            Some(next) if advances && seen.insert(next.to_string()) => {
                path = next.to_string();
                query.clear();
            }
            Some(next) => {
                return Err(Error::failure(format!(
                    "the server's paging does not advance (GET {path} links to {next})"
                )))
            }
        }
    }
}

/// `trigger create ID`: prints the service's uuid (the new trigger with `--json`) and, on
/// stderr, the URL that calls the trigger.
fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let (service, collection) = collection(&ctx.client, &args.identifier)?;
    let mut body = Map::new();
    if let Some(name) = args.name {
        body.insert("name".into(), Value::from(name));
    }
    if let Some(operation) = args.operation {
        body.insert(
            "operation".into(),
            Value::from(operation.to_ascii_uppercase()),
        );
    }
    let trigger = ctx
        .client
        .post(&collection, &[], Some(&Value::Object(body)))?
        .body
        .ok_or_else(|| {
            Error::failure(format!("the server created no trigger (POST {collection})"))
        })?;
    if ctx.out.is_json() {
        return ctx.out.object(&trigger);
    }
    ctx.out.line(uuid(&service))?;
    let url = call_url(&ctx.client, &trigger);
    if !url.is_empty() {
        ctx.out.note(&format!("Trigger URL: {url}"));
    }
    Ok(())
}

/// `trigger ls ID`.
fn ls(ctx: &Ctx, id: &str) -> Result<()> {
    let (_, collection) = collection(&ctx.client, id)?;
    let mut list = ctx.out.list(COLUMNS);
    for trigger in triggers(&ctx.client, &collection)? {
        let id = trigger_uuid(&trigger);
        let cells = vec![
            output::short_uuid(id).to_string(),
            text(&trigger, "name").to_string(),
            text(&trigger, "operation").to_string(),
            call_url(&ctx.client, &trigger),
        ];
        list.row(&trigger, cells, id)?;
    }
    list.finish()
}

/// The one trigger `id` names: a full uuid (any case), a uuid prefix (as typed), else a name.
fn pick<'a>(triggers: &'a [Value], id: &str) -> Result<&'a Value> {
    let by_uuid: Vec<&Value> = if is_uuid4(id) {
        triggers
            .iter()
            .filter(|t| trigger_uuid(t).eq_ignore_ascii_case(id))
            .collect()
    } else {
        triggers
            .iter()
            .filter(|t| trigger_uuid(t).starts_with(id))
            .collect()
    };
    let matches = if by_uuid.is_empty() && !is_uuid4(id) {
        triggers.iter().filter(|t| text(t, "name") == id).collect()
    } else {
        by_uuid
    };
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::failure(format!(
            "Cannot find a trigger with the identifier '{id}'"
        ))),
        many => {
            let candidates: Vec<Value> = many
                .iter()
                .map(|t| json!({"name": text(t, "name"), "uuid": trigger_uuid(t)}))
                .collect();
            Err(Error::failure(ambiguous("trigger", id, &candidates, false)))
        }
    }
}

/// `trigger rm ID TRIGGER...`: lists the service's triggers once, then deletes each one the
/// identifiers name, printing its uuid.
fn rm(ctx: &Ctx, args: RmArgs) -> Result<()> {
    let (_, collection) = collection(&ctx.client, &args.identifier)?;
    let all = triggers(&ctx.client, &collection)?;
    let mut deleted = HashSet::new();
    for_each_id(&ctx.out, &args.trigger, |id| {
        let trigger = pick(&all, id)?;
        let trigger_id = trigger_uuid(trigger);
        if !deleted.insert(trigger_id) {
            return Err(Error::failure(format!(
                "Trigger {trigger_id} was already removed ('{id}')"
            )));
        }
        confirmed("Remove", "trigger", trigger)?;
        ctx.client.delete(&format!("{collection}{trigger_id}/"))?;
        if ctx.out.is_json() {
            ctx.out.object(trigger)
        } else {
            ctx.out.line(trigger_id)
        }
    })
}
