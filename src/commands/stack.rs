//! `stack ...` and the top-level `up`.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::ctx::Ctx;
use super::inspect::inspect;
use super::list::Listing;
use super::operate::{follow_up, lifecycle, post_new, redeploy};
use super::sync::show_result;
use crate::api::resolve::resolve;
use crate::api::resource::STACK;
use crate::api::Client;
use crate::cli::stack::{CreateArgs, ExportArgs, StackCommand, UpdateArgs};
use crate::error::{Error, Result};
use crate::fields::resource_uri;
use crate::stackfile;

/// Runs a `stack` subcommand.
pub fn run(command: StackCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, StackCommand::Ls(args) if args.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        StackCommand::Create(args) => create(ctx, args, false),
        StackCommand::Export(args) => export(ctx, &args),
        StackCommand::Inspect(ids) => inspect(ctx, &STACK, &ids.identifier),
        StackCommand::Ls(_) => Listing::of(&STACK).run(ctx),
        StackCommand::Redeploy(args) => redeploy(ctx, &STACK, &args),
        StackCommand::Start(args) => lifecycle(ctx, &STACK, Some("start"), &args),
        StackCommand::Stop(args) => lifecycle(ctx, &STACK, Some("stop"), &args),
        StackCommand::Terminate(args) => lifecycle(ctx, &STACK, None, &args),
        StackCommand::Up(args) => create(ctx, args, true),
        StackCommand::Update(args) => update(ctx, args),
        StackCommand::Wait(args) => super::wait::wait(ctx, &STACK, &args),
    }
}

/// The stackfiles to read: the `-f` files as given, or the ones found from the current
/// directory up (none found is an error).
fn stackfiles(files: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if !files.is_empty() {
        return Ok(files.to_vec());
    }
    let cwd = std::env::current_dir()
        .map_err(|e| Error::usage(format!("cannot read the current directory: {e}")))?;
    stackfile::discover(&cwd)
}

/// The services of the stackfiles, with the process environment for interpolation; the
/// warnings (unset variables) go to stderr.
fn services(ctx: &Ctx, files: &[PathBuf]) -> Result<Vec<Value>> {
    let loaded = stackfile::load(files, &|name| std::env::var(name).ok())?;
    for warning in &loaded.warnings {
        ctx.out.note(warning);
    }
    Ok(loaded.services)
}

/// `stack create`, `stack up` and `up` (`start`: start the new stack). Every stackfile is
/// read and checked before the first request.
pub fn create(ctx: &Ctx, args: CreateArgs, start: bool) -> Result<()> {
    let files = stackfiles(&args.files)?;
    // The files are read first: a missing file is reported as such, not as a nameless stack.
    let services = services(ctx, &files)?;
    let name = stackfile::stack_name(args.name.as_deref(), &files[0])?;
    let body = json!({ "name": name, "services": services });
    let (stack, created) = post_new(ctx, &STACK, &body)?;
    let reply = if start {
        follow_up(ctx, &stack, "start", |uuid| {
            format!("Stack '{name}' ({uuid}) was created but not started")
        })?
    } else {
        created
    };
    show_result(ctx, stack, reply, args.sync)
}

/// `stack update ID`: replaces the stack's services with the stackfiles' (read before any
/// request; without a stackfile nothing is sent).
fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let files = stackfiles(&args.files)?;
    let body = json!({ "services": services(ctx, &files)? });
    let stack = resolve(&ctx.client, &STACK, &args.identifier)?;
    let reply = ctx.client.patch(resource_uri(&stack)?, &body)?;
    show_result(ctx, stack, reply, args.sync)
}

/// `stack export ID`: the stack as a stackfile on stdout (`--json`: as JSON), or written to
/// `-f FILE` (replaced in one step, never left half-written).
fn export(ctx: &Ctx, args: &ExportArgs) -> Result<()> {
    if let Some(file) = &args.file {
        check_writable(file)?;
    }
    let stack = resolve(&ctx.client, &STACK, &args.identifier)?;
    let path = format!("{}export/", resource_uri(&stack)?);
    let Some(export) = ctx.client.get(&path, &[])?.body else {
        return Err(Error::failure(format!(
            "the server sent an empty export (GET {path})"
        )));
    };
    match &args.file {
        Some(file) => write_file(file, &stackfile::export_yaml(&export)),
        None if ctx.out.is_json() => ctx.out.object(&export),
        None => ctx
            .out
            .line(stackfile::export_yaml(&export).trim_end_matches('\n')),
    }
}

/// The directory that would hold `file` (`.` for a bare file name).
fn directory_of(file: &Path) -> &Path {
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Fails, before any request, when `file` cannot be an output file: it is a directory or its
/// directory does not exist.
fn check_writable(file: &Path) -> Result<()> {
    let shown = file.display();
    if file.is_dir() {
        return Err(Error::usage(format!(
            "cannot write '{shown}': it is a directory"
        )));
    }
    let dir = directory_of(file);
    if !dir.is_dir() {
        return Err(Error::usage(format!(
            "cannot write '{shown}': no directory '{}'",
            dir.display()
        )));
    }
    Ok(())
}

/// Writes `text` to a temporary file next to `file`, then renames it over `file`.
fn write_file(file: &Path, text: &str) -> Result<()> {
    let name = file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = directory_of(file).join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, text).and_then(|()| std::fs::rename(&temporary, file));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::failure(format!("cannot write '{}': {e}", file.display()))
    })
}
