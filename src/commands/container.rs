//! `container ...`.

use std::collections::HashMap;

use serde_json::Value;

use super::ctx::Ctx;
use super::fields::{text, uuid};
use super::inspect::{inspect, logs};
use super::list::{filter_target, list, ps_filters, Lookup};
use super::operate::{lifecycle, redeploy};
use crate::api::resource::{CONTAINER, SERVICE, STACK};
use crate::api::{Client, PAGE_SIZE};
use crate::cli::container::{ContainerCommand, PsArgs};
use crate::error::Result;
use crate::output::{self, Output};

/// Runs a `container` subcommand.
pub fn run(command: ContainerCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, ContainerCommand::Ps(args) if args.quiet);
    let ctx = &Ctx {
        client,
        out: Output::new(json, quiet),
    };
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
    list(
        ctx,
        &CONTAINER,
        &filters,
        |_| true,
        |container| {
            let stack = match text(container, "service") {
                "" => None,
                service => stacks.get(service)?,
            };
            Ok(container_row(container, stack.map_or("", String::as_str)))
        },
    )
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
        None => client.list(&STACK, &[], PAGE_SIZE, |stacks| {
            stacks.iter().for_each(&mut add);
            Ok(true)
        })?,
    }
    Ok(names)
}

/// One `container ps` row, in the stack named `stack`.
fn container_row(container: &Value, stack: &str) -> Vec<String> {
    let short = |id: &str| output::short_uuid(id).to_string();
    let exit_code = match container.get("exit_code") {
        Some(Value::Number(code)) => code.to_string(),
        _ => String::new(),
    };
    // A node's resource URI ends with its uuid: no node lookup is needed.
    let node = text(container, "node")
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    vec![
        text(container, "name").to_string(),
        short(uuid(container)),
        output::state(text(container, "state")),
        text(container, "image_name").to_string(),
        text(container, "run_command").to_string(),
        exit_code,
        output::humanize(container.get("deployed_datetime").and_then(Value::as_str)),
        ports(container),
        short(node),
        stack.to_string(),
    ]
}

/// `public_dns:outer->inner/protocol` (or `inner/protocol` when not published), joined by
/// `, `.
fn ports(container: &Value) -> String {
    let dns = text(container, "public_dns");
    let ports = container.get("container_ports").and_then(Value::as_array);
    ports
        .into_iter()
        .flatten()
        .map(|port| {
            let inner = port
                .get("inner_port")
                .map(Value::to_string)
                .unwrap_or_default();
            let protocol = text(port, "protocol");
            match port.get("outer_port") {
                Some(outer @ Value::Number(_)) => format!("{dns}:{outer}->{inner}/{protocol}"),
                _ => format!("{inner}/{protocol}"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
