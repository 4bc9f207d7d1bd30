//! The Tutum-only read commands: `volumegroup`, `volume`, `image` (ls, inspect) and
//! `imagetag` (ls of one image, inspect of `image:tag`). In the Docker Cloud dialect they
//! fail before any request.

use serde_json::Value;

use super::ctx::Ctx;
use super::each::for_each_id;
use super::fields::{last_segment, text, uuid};
use super::inspect::inspect;
use super::list::{list, list_at};
use crate::api::resource::{Resource, IMAGE, IMAGETAG, VOLUME, VOLUMEGROUP};
use crate::api::Client;
use crate::cli::tutum::{ImageCommand, ImageTagCommand, ReadCommand};
use crate::error::{Error, Result};
use crate::output::{self, Output};

/// The Tutum-only resources looked up by uuid (or name) with `ls` and `inspect`.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `volume`: by uuid or uuid prefix.
    Volume,
    /// `volumegroup`: by uuid, uuid prefix or name.
    VolumeGroup,
}

impl Kind {
    /// The resource table's row.
    fn resource(self) -> &'static Resource {
        match self {
            Kind::Volume => &VOLUME,
            Kind::VolumeGroup => &VOLUMEGROUP,
        }
    }

    /// One `ls` row.
    fn row(self, object: &Value) -> Vec<String> {
        match self {
            Kind::Volume => volume_row(object),
            Kind::VolumeGroup => volumegroup_row(object),
        }
    }
}

/// Runs `volume` or `volumegroup` `ls|inspect`.
pub fn read(kind: Kind, command: ReadCommand, client: Client, json: bool) -> Result<()> {
    let resource = kind.resource();
    client.require(resource)?;
    let quiet = matches!(&command, ReadCommand::Ls(args) if args.quiet);
    let ctx = &Ctx {
        client,
        out: Output::new(json, quiet),
    };
    match command {
        ReadCommand::Inspect(ids) => inspect(ctx, resource, &ids.identifier),
        ReadCommand::Ls(_) => list(ctx, resource, &[], |_| true, |object| Ok(kind.row(object))),
    }
}

/// Runs `image ls|inspect`; images are named by their full name.
pub fn image(command: ImageCommand, client: Client, json: bool) -> Result<()> {
    client.require(&IMAGE)?;
    let ctx = &Ctx::new(
        client,
        json,
        matches!(&command, ImageCommand::Ls(a) if a.quiet),
    );
    match command {
        ImageCommand::Inspect(names) => for_each_id(&ctx.out, &names.identifier, |name| {
            let path = ctx.client.object_path(&IMAGE, name);
            ctx.out.object(&fetch(ctx, &IMAGE, &path, name)?)
        }),
        ImageCommand::Ls(_) => list(ctx, &IMAGE, &[], |_| true, |image| Ok(image_row(image))),
    }
}

/// Runs `imagetag ls IMAGE` or `imagetag inspect IMAGE:TAG...`.
pub fn imagetag(command: ImageTagCommand, client: Client, json: bool) -> Result<()> {
    client.require(&IMAGETAG)?;
    let quiet = matches!(&command, ImageTagCommand::Ls(args) if args.quiet.quiet);
    let ctx = &Ctx {
        client,
        out: Output::new(json, quiet),
    };
    match command {
        ImageTagCommand::Ls(args) => {
            let path = ctx.client.nested_path(&IMAGE, &args.image, &["tag"]);
            list_at(
                ctx,
                &IMAGETAG,
                &path,
                &[],
                |_| true,
                |tag| Ok(imagetag_row(tag)),
            )
        }
        ImageTagCommand::Inspect(ids) => for_each_id(&ctx.out, &ids.identifier, |id| {
            // Checked by the argument parser: the last `:` separates the tag.
            let (image, tag) = id.rsplit_once(':').unwrap_or_default();
            let path = ctx.client.nested_path(&IMAGE, image, &["tag", tag]);
            ctx.out.object(&fetch(ctx, &IMAGETAG, &path, id)?)
        }),
    }
}

/// `GET path`; a 404 is `resource`'s not-found error naming `id`.
fn fetch(ctx: &Ctx, resource: &Resource, path: &str, id: &str) -> Result<Value> {
    ctx.client
        .get_optional(path)?
        .and_then(|reply| reply.body)
        .ok_or_else(|| Error::failure(resource.not_found(id)))
}

/// A boolean field as `yes`/`no` (empty when missing).
fn yes_no(object: &Value, key: &str) -> String {
    match object.get(key).and_then(Value::as_bool) {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

/// The length of a list field.
fn count(object: &Value, key: &str) -> String {
    object
        .get(key)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
        .to_string()
}

/// One `image ls` row.
fn image_row(image: &Value) -> Vec<String> {
    vec![
        text(image, "name").to_string(),
        text(image, "description").to_string(),
        text(image, "state").to_string(),
        yes_no(image, "is_private_image"),
        yes_no(image, "in_use"),
    ]
}

/// One `imagetag ls` row.
fn imagetag_row(tag: &Value) -> Vec<String> {
    let layer = tag.get("layer").cloned().unwrap_or_default();
    let docker_id = text(&layer, "docker_id");
    vec![
        text(tag, "full_name").to_string(),
        text(tag, "name").to_string(),
        output::humanize(layer.get("creation").and_then(Value::as_str)),
        docker_id.chars().take(12).collect(),
    ]
}

/// One `volume ls` row.
fn volume_row(volume: &Value) -> Vec<String> {
    vec![
        output::short_uuid(uuid(volume)).to_string(),
        text(volume, "state").to_string(),
        output::short_uuid(last_segment(text(volume, "node"))).to_string(),
        count(volume, "containers"),
        output::short_uuid(last_segment(text(volume, "volume_group"))).to_string(),
    ]
}

/// One `volumegroup ls` row.
fn volumegroup_row(group: &Value) -> Vec<String> {
    vec![
        text(group, "name").to_string(),
        output::short_uuid(uuid(group)).to_string(),
        text(group, "state").to_string(),
        count(group, "services"),
        count(group, "volumes"),
    ]
}
