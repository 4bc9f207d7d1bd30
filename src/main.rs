//! `docker-cloud`: the command-line client for the Docker Cloud API.

mod error;

fn main() {
    let _ = error::EXIT_OK;
}
