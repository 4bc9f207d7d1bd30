//! `nodecluster ...`.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::ctx::Ctx;
use super::each::for_each_id;
use super::inspect::inspect;
use super::list::{Listing, Lookup};
use super::operate::{follow_up, operate_each, post_new, Operation};
use super::sync::show_result;
use super::tags::tag_list;
use crate::api::page::Fields;
use crate::api::resolve::resolve;
use crate::api::resource::{Resource, AZ, NODECLUSTER, NODETYPE, PROVIDER, REGION};
use crate::api::{Client, Reply, PAGE_SIZE};
use crate::cell::{provider_of, regions_of};
use crate::cli::nodecluster::{
    CreateArgs, NodeClusterCommand, NodetypeArgs, RegionArgs, ScaleArgs,
};
use crate::error::{Error, Result};
use crate::fields::{resource_uri, text};

/// Runs a `nodecluster` subcommand.
pub fn run(command: NodeClusterCommand, client: Client, json: bool) -> Result<()> {
    let quiet = match &command {
        NodeClusterCommand::Ls(args)
        | NodeClusterCommand::Provider(args)
        | NodeClusterCommand::Az(args) => args.quiet,
        _ => false,
    };
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        NodeClusterCommand::Az(_) => Listing::of(&AZ).run(ctx),
        NodeClusterCommand::Create(args) => create(ctx, args),
        NodeClusterCommand::Inspect(ids) => inspect(ctx, &NODECLUSTER, &ids.identifier),
        NodeClusterCommand::Ls(_) => ls(ctx),
        NodeClusterCommand::Nodetype(args) => nodetype(ctx, args),
        NodeClusterCommand::Provider(_) => Listing::of(&PROVIDER).run(ctx),
        NodeClusterCommand::Region(args) => region(ctx, args),
        NodeClusterCommand::Rm(args) => operate_each(
            ctx,
            &NODECLUSTER,
            &args.ids.identifier,
            &Operation::Delete,
            args.sync,
        ),
        NodeClusterCommand::Scale(args) => scale(ctx, args),
        NodeClusterCommand::Wait(args) => super::wait::wait(ctx, &NODECLUSTER, &args),
    }
}

/// `nodecluster region [-p PROVIDER]`.
fn region(ctx: &Ctx, args: RegionArgs) -> Result<()> {
    let provider = args.provider;
    Listing::of(&REGION)
        .keep(&["resource_uri"], |region| {
            provider.as_deref().is_none_or(|p| provider_of(region) == p)
        })
        .run(ctx)
}

/// `nodecluster nodetype [-p PROVIDER] [-r REGION]`.
fn nodetype(ctx: &Ctx, args: NodetypeArgs) -> Result<()> {
    let keep = |nodetype: &Value| {
        args.provider
            .as_deref()
            .is_none_or(|p| provider_of(nodetype) == p)
            && args
                .region
                .as_deref()
                .is_none_or(|r| regions_of(nodetype).contains(&r))
    };
    Listing::of(&NODETYPE)
        .keep(&["resource_uri", "regions"], keep)
        .run(ctx)
}

/// `nodecluster ls`: the table shows region and node type labels, from one listing of each
/// (made only when some cluster refers to one).
fn ls(ctx: &Ctx) -> Result<()> {
    let mut regions = Lookup::new(|| Ok(labels(&ctx.client, &REGION, "region")));
    let mut nodetypes = Lookup::new(|| Ok(labels(&ctx.client, &NODETYPE, "node_type")));
    Listing::of(&NODECLUSTER)
        .names(|field, uri| {
            let key = path_key(uri, field);
            let label = match field {
                "region" => regions.get(key)?,
                _ => nodetypes.get(key)?,
            };
            Ok(label.map_or(uri, String::as_str).to_string())
        })
        .run(ctx)
}

/// What identifies a region or node type URI (`<provider>/<name>`), whatever its prefix;
/// `field` is the cluster field holding it (`region`, `node_type`).
fn path_key<'a>(uri: &'a str, field: &str) -> &'a str {
    let endpoint = if field == "node_type" {
        "/nodetype/"
    } else {
        "/region/"
    };
    uri.split_once(endpoint)
        .map_or(uri, |(_, rest)| rest)
        .trim_matches('/')
}

/// Labels of `resource`'s objects by [`path_key`] (of the cluster field `field`). A failed
/// lookup leaves the map empty: the table then shows the URIs.
fn labels(client: &Client, resource: &Resource, field: &str) -> HashMap<String, String> {
    let mut labels = HashMap::new();
    let fields = Fields::Only(&["resource_uri", "label"]);
    let _ = client.list(resource, &[], PAGE_SIZE, fields, |objects| {
        for object in objects {
            let key = path_key(text(&object, "resource_uri"), field).to_string();
            labels.insert(key, text(&object, "label").to_string());
        }
        Ok(true)
    });
    labels
}

/// A provider, region or node type name, which becomes one segment of a URI path.
fn path_segment<'a>(value: &'a str, what: &str) -> Result<&'a str> {
    let bad = value.is_empty()
        || value == "."
        || value == ".."
        || value
            .chars()
            .any(|c| c == '/' || c == '?' || c == '#' || c == '%' || c.is_whitespace());
    if bad {
        return Err(Error::usage(format!(
            "invalid {what} '{value}': expected a name such as those `docker-cloud nodecluster {what}` lists"
        )));
    }
    Ok(value)
}

/// The request body of `nodecluster create`, checked before any request.
fn create_body(ctx: &Ctx, args: &CreateArgs) -> Result<Value> {
    if args.name.trim().is_empty() {
        return Err(Error::usage("the node cluster name cannot be empty"));
    }
    let provider = path_segment(&args.provider, "provider")?;
    let region = path_segment(&args.region, "region")?;
    let nodetype = path_segment(&args.nodetype, "nodetype")?;
    let mut body = Map::new();
    body.insert("name".into(), Value::from(args.name.as_str()));
    let region_path = format!("{provider}/{region}");
    let nodetype_path = format!("{provider}/{nodetype}");
    body.insert(
        "region".into(),
        Value::from(ctx.client.object_path(&REGION, &region_path)),
    );
    body.insert(
        "node_type".into(),
        Value::from(ctx.client.object_path(&NODETYPE, &nodetype_path)),
    );
    if let Some(target) = args.target_num_nodes {
        body.insert("target_num_nodes".into(), Value::from(target));
    }
    if let Some(disk) = args.disk {
        body.insert("disk".into(), Value::from(disk));
    }
    let tags = tag_list(&args.tag)?;
    if !tags.is_empty() {
        body.insert("tags".into(), Value::Array(tags));
    }
    let mut options = Map::new();
    let mut vpc = Map::new();
    if let Some(id) = &args.aws_vpc_id {
        vpc.insert("id".into(), Value::from(id.as_str()));
    }
    if !args.aws_vpc_subnet.is_empty() {
        vpc.insert("subnets".into(), json!(args.aws_vpc_subnet));
    }
    if !args.aws_vpc_security_group.is_empty() {
        vpc.insert("security_groups".into(), json!(args.aws_vpc_security_group));
    }
    if !vpc.is_empty() {
        options.insert("vpc".into(), Value::Object(vpc));
    }
    if let Some(profile) = &args.aws_iam_instance_profile_name {
        options.insert("iam".into(), json!({ "instance_profile_name": profile }));
    }
    if !options.is_empty() {
        body.insert("provider_options".into(), Value::Object(options));
    }
    Ok(Value::Object(body))
}

/// `nodecluster create`: creates the cluster, then deploys it.
fn create(ctx: &Ctx, args: CreateArgs) -> Result<()> {
    let body = create_body(ctx, &args)?;
    let (cluster, _) = post_new(ctx, &NODECLUSTER, &body)?;
    let deployed = follow_up(ctx, &cluster, "deploy", |uuid| {
        format!("Node cluster {uuid} was created but could not be deployed")
    })?;
    show_result(ctx, cluster, deployed, args.sync)
}

/// `nodecluster scale ID... N`: sets the target number of nodes (the server scales at once).
fn scale(ctx: &Ctx, args: ScaleArgs) -> Result<()> {
    let body = json!({ "target_num_nodes": args.target });
    for_each_id(&ctx.out, &args.identifier, |id| {
        let cluster = resolve(&ctx.client, &NODECLUSTER, id)?;
        let reply = if cluster.get("target_num_nodes") == body.get("target_num_nodes") {
            Reply::default()
        } else {
            ctx.client.patch(resource_uri(&cluster)?, &body)?
        };
        show_result(ctx, cluster, reply, args.sync)
    })
}
