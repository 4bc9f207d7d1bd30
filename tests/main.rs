//! Integration tests of `docker-cloud`: the real binary against `docker-cloud-server` on a
//! free loopback port.

#[macro_use]
mod common;

mod action;
mod completions;
mod confirm;
mod container;
mod docker;
mod help;
mod hostile;
mod imports;
mod jq;
#[path = "fixtures/lines.rs"]
mod lines;
mod login;
mod node;
mod nodecluster;
mod paths;
mod readme;
mod repository;
mod security;
mod server;
mod service;
mod shell_completion;
mod stack;
mod stream;
mod swarm;
mod tag;
mod terminal;
#[path = "fixtures/tls_config.rs"]
mod tls_config;
mod trigger;
mod tutum;
mod wait;
