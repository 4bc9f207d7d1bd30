//! `container ...`.

use std::collections::HashMap;

use serde_json::Value;

use super::ctx::Ctx;
use super::inspect::{inspect, logs};
use super::list::{filter_target, ps_filters, Listing, Lookup};
use super::operate::{lifecycle, redeploy};
use crate::api::page::Fields;
use crate::api::resource::{CONTAINER, SERVICE, STACK};
use crate::api::{Client, PAGE_SIZE};
use crate::cli::container::{ContainerCommand, PsArgs};
use crate::error::Result;
use crate::fields::text;

/// Runs a `container` subcommand.
pub fn run(command: ContainerCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, ContainerCommand::Ps(args) if args.quiet.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        ContainerCommand::Exec(args) => {
            super::exec::run(&ctx.client, &args.identifier, &args.command)
        }
        ContainerCommand::Inspect(ids) => inspect(ctx, &CONTAINER, &ids.identifier),
        ContainerCommand::Logs(args) => logs(ctx, &CONTAINER, &args),
        ContainerCommand::Ps(args) => ps(ctx, &args),
        ContainerCommand::Redeploy(args) => redeploy(ctx, &CONTAINER, &args),
        ContainerCommand::Start(args) => lifecycle(ctx, &CONTAINER, Some("start"), &args),
        ContainerCommand::Stop(args) => lifecycle(ctx, &CONTAINER, Some("stop"), &args),
        ContainerCommand::Terminate(args) => lifecycle(ctx, &CONTAINER, None, &args),
        ContainerCommand::Wait(args) => super::wait::wait(ctx, &CONTAINER, &args),
    }
}

/// `container ps`: containers page by page; the table also needs the stack names, read once
/// (and only when some container belongs to a service).
fn ps(ctx: &Ctx, args: &PsArgs) -> Result<()> {
    let service = match &args.service {
        Some(id) => Some(filter_target(&ctx.client, &SERVICE, id)?),
        None => None,
    };
    let filters = ps_filters(args.status.as_deref(), "service", service.as_ref())?;
    let mut stacks = Lookup::new(|| stacks_by_service(&ctx.client, service.as_ref()));
    Listing::of(&CONTAINER)
        .filters(&filters)
        .names(|_, service| Ok(stacks.get(service)?.cloned().unwrap_or_default()))
        .run(ctx)
}

/// Stack names by service resource URI: from the stack of `service` alone when the listing
/// is filtered by it, else from one listing of all stacks (each names its services).
fn stacks_by_service(client: &Client, service: Option<&Value>) -> Result<HashMap<String, String>> {
    let mut names = HashMap::new();
    let mut add = |stack: &Value| {
        let services = stack.get("services").and_then(Value::as_array);
        for uri in services.into_iter().flatten().filter_map(Value::as_str) {
            names.insert(uri.to_string(), text(stack, "name").to_string());
        }
    };
    match service {
        Some(service) => {
            let stack = text(service, "stack");
            if !stack.is_empty() {
                if let Some(stack) = client.get_optional(stack)?.and_then(|r| r.body) {
                    add(&stack);
                }
            }
        }
        None => {
            let fields = Fields::Only(&["name", "services"]);
            client.list(&STACK, &[], PAGE_SIZE, fields, |stacks| {
                stacks.iter().for_each(&mut add);
                Ok(true)
            })?
        }
    }
    Ok(names)
}
