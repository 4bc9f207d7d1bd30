//! `node ...`.

use std::collections::HashMap;

use serde_json::json;

use super::ctx::Ctx;
use super::inspect::inspect;
use super::list::{Listing, Lookup};
use super::operate::{operate_each, Operation};
use crate::api::page::Fields;
use crate::api::resource::{NODE, NODECLUSTER, TOKEN};
use crate::api::{Client, PAGE_SIZE};
use crate::cli::node::NodeCommand;
use crate::error::{Error, Result};
use crate::fields::last_segment;
use crate::fields::{text, uuid};

/// The installer the agent of a bring-your-own node comes from.
const INSTALLER: &str = "https://get.cloud.docker.com/";

/// Runs a `node` subcommand.
pub fn run(command: NodeCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, NodeCommand::Ls(args) if args.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        NodeCommand::Byo => byo(ctx),
        NodeCommand::Inspect(ids) => inspect(ctx, &NODE, &ids.identifier),
        NodeCommand::Ls(_) => ls(ctx),
        NodeCommand::Rm(args) => operate_each(
            ctx,
            &NODE,
            &args.ids.identifier,
            &Operation::Delete,
            args.sync,
        ),
        NodeCommand::Upgrade(args) => operate_each(
            ctx,
            &NODE,
            &args.ids.identifier,
            &Operation::Action("docker-upgrade", &[]),
            args.sync,
        ),
    }
}

/// `node ls`: the table names each node's cluster, from one listing of the clusters (made
/// only when some node belongs to one).
fn ls(ctx: &Ctx) -> Result<()> {
    let mut clusters = Lookup::new(|| Ok(cluster_names(&ctx.client)));
    Listing::of(&NODE)
        .names(|_, uri| {
            let name = clusters.get(last_segment(uri))?;
            Ok(name.map_or(uri, String::as_str).to_string())
        })
        .run(ctx)
}

/// Node cluster names by uuid. A failed lookup leaves the map empty: the table then shows
/// the clusters' URIs.
fn cluster_names(client: &Client) -> HashMap<String, String> {
    let mut names = HashMap::new();
    let fields = Fields::Only(&["uuid", "name"]);
    let _ = client.list(&NODECLUSTER, &[], PAGE_SIZE, fields, |clusters| {
        for cluster in clusters {
            names.insert(
                uuid(&cluster).to_string(),
                text(&cluster, "name").to_string(),
            );
        }
        Ok(true)
    });
    names
}

/// `node byo`: asks for a token and prints the command that installs the agent with it.
fn byo(ctx: &Ctx) -> Result<()> {
    let path = ctx.client.collection_path(&TOKEN);
    let reply = ctx.client.post(&path, &[], None)?;
    let token = reply
        .body
        .as_ref()
        .map(|body| text(body, "token"))
        .filter(|token| !token.is_empty())
        .ok_or_else(|| Error::failure(format!("the server sent no token (POST {path})")))?;
    // A server that joins machines its own way (a swarm) says how.
    let own = reply
        .body
        .as_ref()
        .map(|body| text(body, "command").to_string())
        .filter(|command| !command.is_empty());
    let command = own
        .clone()
        .unwrap_or_else(|| format!("curl -Ls {INSTALLER} | sudo -H sh -s {token}"));
    if ctx.out.is_json() {
        return ctx
            .out
            .object(&json!({ "token": token, "command": command }));
    }
    let text = if own.is_some() {
        format!("Run the following command on your machine to make it a node:\n\n\t{command}\n")
    } else {
        format!(
            "Docker Cloud lets you use your own servers as nodes: install the Docker Cloud \
             agent on them.\nRun the following command on your server:\n\n\t{command}\n"
        )
    };
    ctx.out.line(&text)
}
