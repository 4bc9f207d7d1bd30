//! `service ...` and `run`.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::ctx::Ctx;
use super::each::for_each_id;
use super::inspect::inspect;
use super::list::{filter_target, ps_filters, Listing, Lookup};
use super::operate::{follow_up, lifecycle, operate, post_new, Operation};
use super::sync::{show_result, wait_action};
use crate::api::page::Fields;
use crate::api::resolve::{detail, resolve};
use crate::api::resource::{SERVICE, STACK};
use crate::api::{Client, Reply, PAGE_SIZE};
use crate::cell::needs_redeploy;
use crate::cli::service::{
    CreateArgs, EnvChangeArgs, EnvCommand, EnvLsArgs, EnvRmArgs, PsArgs, ScaleArgs, ServiceCommand,
    ServiceOptions, SetArgs,
};
use crate::cli::SyncArgs;
use crate::error::{Error, Result};
use crate::fields::{resource_uri, text};
use crate::output::Column;
use crate::values;

/// Shown after `service ps` when a service runs an outdated configuration.
const UNSYNCED_NOTE: &str = "(*) Please note that this service needs to be redeployed to have \
                             its configuration changes applied";

/// Columns of `service env ls`.
const ENV_COLUMNS: &[Column] = &[
    Column::text("ORIGIN"),
    Column::id("KEY"),
    Column::free("VALUE"),
];

/// Runs a `service` subcommand.
pub fn run(command: ServiceCommand, client: Client, json: bool) -> Result<()> {
    let quiet = match &command {
        ServiceCommand::Ps(args) => args.quiet.quiet,
        ServiceCommand::Env(EnvCommand::Ls(args)) => args.quiet,
        _ => false,
    };
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        ServiceCommand::Create(args) => create(ctx, args, false),
        ServiceCommand::Run(args) => create(ctx, args, true),
        ServiceCommand::Env(command) => env(ctx, command),
        ServiceCommand::Inspect(ids) => inspect(ctx, &SERVICE, &ids.identifier),
        ServiceCommand::Logs(args) => super::inspect::logs(ctx, &SERVICE, &args),
        ServiceCommand::Ps(args) => ps(ctx, args),
        ServiceCommand::Redeploy(args) => super::operate::redeploy(ctx, &SERVICE, &args),
        ServiceCommand::Scale(args) => scale(ctx, args),
        ServiceCommand::Set(args) => set(ctx, args),
        ServiceCommand::Start(args) => lifecycle(ctx, &SERVICE, Some("start"), &args),
        ServiceCommand::Stop(args) => lifecycle(ctx, &SERVICE, Some("stop"), &args),
        ServiceCommand::Terminate(args) => lifecycle(ctx, &SERVICE, None, &args),
        ServiceCommand::Wait(args) => super::wait::wait(ctx, &SERVICE, &args),
    }
}

/// `service ps`: services page by page; the table also shows stack names.
fn ps(ctx: &Ctx, args: PsArgs) -> Result<()> {
    let stack = match &args.stack {
        Some(id) => Some(filter_target(&ctx.client, &STACK, id)?),
        None => None,
    };
    let filters = ps_filters(args.status.as_deref(), "stack", stack.as_ref())?;
    // Stack names are read when a first row of the table belongs to a stack.
    let mut stacks = Lookup::new(|| match &stack {
        Some(stack) => Ok(HashMap::from([(
            resource_uri(stack)?.to_string(),
            text(stack, "name").to_string(),
        )])),
        None => stack_names(&ctx.client),
    });
    let mut unsynced = false;
    Listing::of(&SERVICE)
        .filters(&filters)
        .names(|_, uri| Ok(stacks.get(uri)?.cloned().unwrap_or_default()))
        .each(|service| unsynced |= needs_redeploy(service))
        .run(ctx)?;
    if unsynced {
        ctx.out.line("")?;
        ctx.out.line(UNSYNCED_NOTE)?;
    }
    Ok(())
}

/// Stack names by resource URI.
fn stack_names(client: &Client) -> Result<HashMap<String, String>> {
    let mut names = HashMap::new();
    let fields = Fields::Only(&["resource_uri", "name"]);
    client.list(&STACK, &[], PAGE_SIZE, fields, |stacks| {
        for stack in stacks {
            if let Ok(uri) = resource_uri(&stack) {
                names.insert(uri.to_string(), text(&stack, "name").to_string());
            }
        }
        Ok(true)
    })?;
    Ok(names)
}

/// The service definition fields from the options, validated before any request; only
/// `--volumes-from` still needs resolving.
struct Definition {
    fields: Map<String, Value>,
    bindings: Vec<Value>,
    volumes_from: Vec<String>,
    /// Whether list fields are sent even when empty (create) or only when given (set).
    create: bool,
}

impl Definition {
    /// Parses the options in the documented order: ports, env, links, tags, volumes.
    fn parse(options: &ServiceOptions, create: bool) -> Result<Definition> {
        let mut fields = Map::new();
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                fields.insert(key.to_string(), value);
            }
        };
        put("cpu_shares", options.cpushares.map(Value::from));
        put("memory", options.memory.map(Value::from));
        put(
            "target_num_containers",
            options.target_num_containers.map(Value::from),
        );
        put("run_command", options.run_command.clone().map(Value::from));
        put("entrypoint", options.entrypoint.clone().map(Value::from));
        put("autodestroy", options.autodestroy.clone().map(Value::from));
        put("autorestart", options.autorestart.clone().map(Value::from));
        put(
            "deployment_strategy",
            options.deployment_strategy.clone().map(Value::from),
        );
        put("net", options.net.clone().map(Value::from));
        put("pid", options.pid.clone().map(Value::from));
        let ports = values::ports(&options.publish, &options.expose)?;
        let envvars = values::envvars(&options.env_file, &options.env)?;
        let links = values::links(&options.link_service)?;
        let mut tags: Vec<&String> = Vec::new();
        for tag in &options.tag {
            if tag.is_empty() {
                return Err(Error::usage(
                    "invalid --tag value '': a tag cannot be empty",
                ));
            }
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        let tags: Vec<Value> = tags.into_iter().map(|t| json!({ "name": t })).collect();
        let bindings = values::volumes(&options.volume)?;
        let lists = [
            ("container_ports", ports),
            ("container_envvars", envvars),
            ("linked_to_service", links),
            ("tags", tags),
        ];
        for (key, list) in lists {
            if create || !list.is_empty() {
                fields.insert(key.to_string(), Value::Array(list));
            }
        }
        if !options.role.is_empty() {
            fields.insert("roles".to_string(), json!(options.role));
        }
        Ok(Definition {
            fields,
            bindings,
            volumes_from: options.volumes_from.clone(),
            create,
        })
    }

    /// The body fields, with `--volumes-from` services resolved into bindings.
    fn resolve(mut self, client: &Client) -> Result<Map<String, Value>> {
        for id in &self.volumes_from {
            let service = resolve(client, &SERVICE, id)?;
            self.bindings
                .push(json!({ "volumes_from": resource_uri(&service)? }));
        }
        if self.create || !self.bindings.is_empty() {
            self.fields
                .insert("bindings".to_string(), Value::Array(self.bindings));
        }
        Ok(self.fields)
    }
}

/// `service create`, `service run` and `run` (`start`: start the new service).
pub fn create(ctx: &Ctx, args: CreateArgs, start: bool) -> Result<()> {
    let definition = Definition::parse(&args.options, true)?;
    let mut body = Map::new();
    body.insert("image".to_string(), Value::from(args.image));
    if let Some(name) = args.name {
        body.insert("name".to_string(), Value::from(name));
    }
    body.insert("privileged".to_string(), Value::from(args.privileged));
    body.insert("autoredeploy".to_string(), Value::from(args.autoredeploy));
    body.insert(
        "sequential_deployment".to_string(),
        Value::from(args.sequential),
    );
    body.extend(definition.resolve(&ctx.client)?);
    let (service, created) = post_new(ctx, &SERVICE, &Value::Object(body))?;
    if !start {
        return show_result(ctx, service, created, args.sync);
    }
    let started = follow_up(ctx, &service, "start", |uuid| {
        format!("Service {uuid} was created but could not be started")
    })?;
    show_result(ctx, service, started, args.sync)
}

/// `service set`: changes the definition of each service.
fn set(ctx: &Ctx, args: SetArgs) -> Result<()> {
    let mut fields = Definition::parse(&args.options, false)?.resolve(&ctx.client)?;
    if let Some(image) = args.image {
        fields.insert("image".to_string(), Value::from(image));
    }
    let flags = [
        ("privileged", args.privileged, args.no_privileged),
        ("autoredeploy", args.autoredeploy, args.no_autoredeploy),
        ("sequential_deployment", args.sequential, args.no_sequential),
    ];
    for (key, yes, no) in flags {
        if yes || no {
            fields.insert(key.to_string(), Value::from(yes));
        }
    }
    for_each_id(&ctx.out, &args.ids.identifier, |id| {
        let service = resolve(&ctx.client, &SERVICE, id)?;
        let reply = save(&ctx.client, &service, &fields)?;
        after_save(ctx, id, service, reply, args.redeploy, args.sync)
    })
}

/// PATCHes the fields whose values differ from the object's; nothing is sent when none do
/// (the reply is then empty).
fn save(client: &Client, object: &Value, fields: &Map<String, Value>) -> Result<Option<Reply>> {
    let changed: Map<String, Value> = fields
        .iter()
        .filter(|(key, value)| object.get(key.as_str()) != Some(value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    if changed.is_empty() {
        return Ok(None);
    }
    client
        .patch(resource_uri(object)?, &Value::Object(changed))
        .map(Some)
}

/// After `set` or `env` changed a service: redeploy it (`--redeploy`) or print it with a
/// reminder that a redeploy is needed.
fn after_save(
    ctx: &Ctx,
    id: &str,
    service: Value,
    reply: Option<Reply>,
    redeploy: bool,
    sync: SyncArgs,
) -> Result<()> {
    let changed = reply.is_some();
    let reply = reply.unwrap_or_default();
    if !redeploy {
        show_result(ctx, service, reply, sync)?;
        if changed {
            ctx.out
                .note("Service must be redeployed to have its configuration changes applied.");
            ctx.out.note(&format!(
                "To redeploy execute: $ docker-cloud service redeploy {id}"
            ));
        }
        return Ok(());
    }
    let service = reply.body.unwrap_or(service);
    if let (Some(action), true) = (&reply.action_uri, sync.sync) {
        wait_action(ctx, action, sync.timeout)?;
    }
    ctx.out.note("Redeploying Service ...");
    let query = [("reuse_volumes", "true")];
    operate(ctx, service, &Operation::Action("redeploy", &query), sync)
}

/// `service scale ID... N`: sets the target, then asks the service to scale.
fn scale(ctx: &Ctx, args: ScaleArgs) -> Result<()> {
    let mut fields = Map::new();
    fields.insert(
        "target_num_containers".to_string(),
        Value::from(args.target),
    );
    for_each_id(&ctx.out, &args.identifier, |id| {
        let service = resolve(&ctx.client, &SERVICE, id)?;
        let saved = save(&ctx.client, &service, &fields)?;
        let service = saved.and_then(|reply| reply.body).unwrap_or(service);
        operate(ctx, service, &Operation::Action("scale", &[]), args.sync)
    })
}

/// One entry of a service's `calculated_envvars`.
struct EnvVar<'a> {
    origin: &'a str,
    key: &'a str,
    value: &'a str,
}

impl EnvVar<'_> {
    fn to_json(&self) -> Value {
        json!({ "key": self.key, "value": self.value })
    }
}

/// A service's calculated environment variables, in API order.
fn env_vars(service: &Value) -> Vec<EnvVar<'_>> {
    service
        .get("calculated_envvars")
        .and_then(Value::as_array)
        .map(|vars| {
            vars.iter()
                .map(|var| EnvVar {
                    origin: text(var, "origin"),
                    key: text(var, "key"),
                    value: text(var, "value"),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The user-defined variables as `{key, value}` request entries.
fn user_vars(vars: &[EnvVar]) -> Vec<Value> {
    vars.iter()
        .filter(|var| var.origin == "user")
        .map(EnvVar::to_json)
        .collect()
}

/// The key of a `{key, value}` entry.
fn key_of(entry: &Value) -> &str {
    text(entry, "key")
}

/// `service env ...`.
fn env(ctx: &Ctx, command: EnvCommand) -> Result<()> {
    match command {
        EnvCommand::Ls(args) => env_ls(ctx, args),
        EnvCommand::Add(args) => change_env_input(ctx, &args, |id, vars, input| {
            let user: Vec<&str> = vars
                .iter()
                .filter(|v| v.origin == "user")
                .map(|v| v.key)
                .collect();
            let (new, complete) = accepted(
                ctx,
                input,
                |key| !user.contains(&key),
                |key| {
                    format!(
                        "Failed to add environment variable: \"{key}\" already exist in service {id}"
                    )
                },
                || format!("No environment variables need to be added to service {id}"),
            )?;
            let mut result: Vec<Value> = new.into_iter().cloned().collect();
            result.extend(user_vars(vars));
            Ok((result, complete))
        }),
        EnvCommand::Set(args) => {
            change_env_input(ctx, &args, |_, _, input| Ok((input.to_vec(), true)))
        }
        EnvCommand::Update(args) => change_env_input(ctx, &args, |id, vars, input| {
            let (updated, complete) = accepted(
                ctx,
                input,
                |key| vars.iter().any(|v| v.key == key),
                |key| {
                    format!(
                        "Failed to update environment variable: \"{key}\" does not exist in service {id}"
                    )
                },
                || format!("No environment variables need to be updated in service {id}"),
            )?;
            let mut result: Vec<Value> = updated.iter().map(|v| (*v).clone()).collect();
            result.extend(
                user_vars(vars)
                    .into_iter()
                    .filter(|var| !updated.iter().any(|u| key_of(u) == key_of(var))),
            );
            Ok((result, complete))
        }),
        EnvCommand::Rm(args) => env_rm(ctx, args),
    }
}

/// `env add|set|update`: parses the variables before any request, then [`change_env`] with
/// `plan` given them as third argument.
fn change_env_input(
    ctx: &Ctx,
    args: &EnvChangeArgs,
    plan: impl Fn(&str, &[EnvVar], &[Value]) -> Result<(Vec<Value>, bool)>,
) -> Result<()> {
    let input = values::envvars(&args.env_file, &args.env)?;
    if input.is_empty() {
        return Err(Error::failure("Environment variables cannot be empty."));
    }
    change_env(
        ctx,
        &args.ids.identifier,
        args.redeploy,
        args.sync,
        |id, vars| plan(id, vars, &input),
    )
}

/// The entries of `input` whose key `accept` takes, and whether that is all of them. Notes
/// `rejected(key)` for each other entry; fails with `none()` when no entry is taken.
fn accepted<'a>(
    ctx: &Ctx,
    input: &'a [Value],
    accept: impl Fn(&str) -> bool,
    rejected: impl Fn(&str) -> String,
    none: impl FnOnce() -> String,
) -> Result<(Vec<&'a Value>, bool)> {
    let (taken, refused): (Vec<&Value>, Vec<&Value>) =
        input.iter().partition(|var| accept(key_of(var)));
    for var in &refused {
        ctx.out.note(&rejected(key_of(var)));
    }
    if taken.is_empty() {
        return Err(Error::failure(none()));
    }
    Ok((taken, refused.is_empty()))
}

/// `service env rm`.
fn env_rm(ctx: &Ctx, args: EnvRmArgs) -> Result<()> {
    if args.name.is_empty() {
        return Err(Error::failure(
            "Names of the environment variables cannot be empty.",
        ));
    }
    let names = &args.name;
    change_env(
        ctx,
        &args.ids.identifier,
        args.redeploy,
        args.sync,
        |id, vars| {
            let user = user_vars(vars);
            let mut complete = true;
            for name in names {
                if !user.iter().any(|var| key_of(var) == name) {
                    ctx.out.note(&format!(
                    "Failed to remove environment variable: \"{name}\" is not a user defined environment in service {id}"
                ));
                    complete = false;
                }
            }
            let kept: Vec<Value> = user
                .iter()
                .filter(|var| !names.iter().any(|n| n == key_of(var)))
                .cloned()
                .collect();
            if kept.len() == user.len() {
                return Err(Error::failure(format!(
                    "No environment variables need to be removed from service {id}"
                )));
            }
            Ok((kept, complete))
        },
    )
}

/// Replaces the user variables of each service with what `plan` computes from the current
/// ones, read from the service itself. `plan` reports per-variable problems itself and says whether all input applied.
fn change_env(
    ctx: &Ctx,
    ids: &[String],
    redeploy: bool,
    sync: SyncArgs,
    plan: impl Fn(&str, &[EnvVar]) -> Result<(Vec<Value>, bool)>,
) -> Result<()> {
    for_each_id(&ctx.out, ids, |id| {
        let service = detail(&ctx.client, id, resolve(&ctx.client, &SERVICE, id)?)?;
        let (new, complete, unchanged) = {
            let vars = env_vars(&service);
            let (new, complete) = plan(id, &vars)?;
            let unchanged = new == user_vars(&vars);
            (new, complete, unchanged)
        };
        let reply = if unchanged {
            None
        } else {
            let body = json!({ "container_envvars": new });
            Some(ctx.client.patch(resource_uri(&service)?, &body)?)
        };
        after_save(ctx, id, service, reply, redeploy, sync)?;
        if complete {
            Ok(())
        } else {
            Err(Error::failure(""))
        }
    })
}

/// `service env ls`.
fn env_ls(ctx: &Ctx, args: EnvLsArgs) -> Result<()> {
    let service = resolve(&ctx.client, &SERVICE, &args.identifier)?;
    let wanted: Vec<&str> = [
        (args.user, "user"),
        (args.image, "image"),
        (args.dockercloud, "tutum"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, origin)| origin)
    .collect();
    let mut list = ctx.out.list(ENV_COLUMNS);
    let all = service.get("calculated_envvars").and_then(Value::as_array);
    for var in all.into_iter().flatten() {
        let origin = text(var, "origin");
        if !wanted.is_empty() && !wanted.contains(&origin) {
            continue;
        }
        let (key, value) = (text(var, "key"), text(var, "value"));
        let cells = vec![origin.to_string(), key.to_string(), value.to_string()];
        list.row(var, cells, &format!("{key}={value}"))?;
    }
    list.finish()
}
