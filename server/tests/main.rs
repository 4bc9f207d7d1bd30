//! Integration tests of `docker-cloud-server`: the real binary on a free loopback port,
//! driven over HTTP and WebSocket.

mod ci;
mod clients;
mod common;
mod durable;
mod fault;
#[path = "../../tests/imports.rs"]
mod imports;
mod rest;
#[path = "../../tests/server.rs"]
mod server;
mod stream;
mod streams;
mod tutum;
