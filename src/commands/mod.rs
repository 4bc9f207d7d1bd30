//! Command implementations: one module per command group, and the helpers they share (the
//! context, the per-identifier loop, list, inspect, operate, the `--sync` wait). Groups use
//! the shared modules, never each other's.

pub mod action;
pub mod completion;
pub mod container;
mod ctx;
mod each;
pub mod event;
pub mod exec;
mod inspect;
mod list;
pub mod login;
pub mod manual;
pub mod node;
pub mod nodecluster;
mod operate;
pub mod repository;
pub mod service;
pub mod stack;
mod sync;
pub mod tag;
mod tags;
pub mod trigger;
pub mod tutum;
mod wait;

use crate::api::Client;
use crate::cli::{Cli, Command};
use crate::config::Dialect;
use crate::error::{Error, Result};
use ctx::Ctx;

/// Runs the parsed command line.
pub fn run(cli: Cli, client: Client) -> Result<()> {
    match cli.command {
        Command::Run(args) => service::create(&Ctx::new(client, cli.json, false), args, true),
        Command::Action(command) => action::run(command, client, cli.json),
        Command::Container(command) => container::run(command, client, cli.json),
        Command::Event(args) => event::run(&client, cli.json, &args),
        Command::Exec(args) => exec::run(&client, &args.identifier, &args.command),
        Command::Service(command) => service::run(command, client, cli.json),
        Command::Stack(command) => stack::run(command, client, cli.json),
        Command::Up(args) => stack::create(&Ctx::new(client, cli.json, false), args, true),
        Command::Node(command) => node::run(command, client, cli.json),
        Command::Nodecluster(command) => nodecluster::run(command, client, cli.json),
        Command::Repository(command) => repository::run(command, client, cli.json),
        Command::Tag(command) => tag::run(command, client, cli.json),
        Command::Trigger(command) => trigger::run(command, client, cli.json),
        Command::Volume(command) => tutum::read(tutum::Kind::Volume, command, client, cli.json),
        Command::Volumegroup(command) => {
            tutum::read(tutum::Kind::VolumeGroup, command, client, cli.json)
        }
        Command::Image(command) => tutum::image(command, client, cli.json),
        Command::Imagetag(command) => tutum::imagetag(command, client, cli.json),
        Command::Login(_) | Command::Logout(_) | Command::Server(_)
            if client.config().dialect == Dialect::Tutum =>
        {
            Err(Error::usage(
                "login, logout and server are only available with the Docker Cloud API: the \
                 Tutum API reads TUTUM_USER and TUTUM_APIKEY (or TUTUM_AUTH)",
            ))
        }
        Command::Login(args) => login::login(&args, &client, cli.debug),
        Command::Logout(args) => login::logout(&args, &client),
        Command::Server(command) => login::server(command, &client, cli.json),
        Command::Completion(args) => completion::completion(&args),
        Command::Man(args) => manual::man(&args),
    }
}
