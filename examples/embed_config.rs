//! Go as a configuration language: the host runs a Go file that builds its
//! settings with real code (loops, conditions, helper functions) and reads
//! the result back as a Rust struct.
//!
//!     cargo run --release --example embed_config

use minigo::embed::HostPackage;
use minigo::Vm;

#[derive(Debug)]
struct Server {
    name: String,
    port: u16,
    weight: f64,
}
minigo::go_struct!(Server {
    name: "Name",
    port: "Port",
    weight: "Weight"
});

#[derive(Debug)]
struct Config {
    env: String,
    servers: Vec<Server>,
    features: std::collections::HashMap<String, bool>,
    timeout_ms: Option<i64>,
}
minigo::go_struct!(Config {
    env: "Env",
    servers: "Servers",
    features: "Features",
    timeout_ms: "TimeoutMs",
});

const CONFIG: &str = r#"package main

import (
	"fmt"
	"host/deploy"
)

type Server struct {
	Name   string
	Port   uint16
	Weight float64
}

type Config struct {
	Env       string
	Servers   []Server
	Features  map[string]bool
	TimeoutMs *int
}

func servers(n int) []Server {
	var out []Server
	for i := 0; i < n; i++ {
		out = append(out, Server{
			Name:   fmt.Sprintf("%s-%02d", deploy.Env, i),
			Port:   uint16(8000 + i),
			Weight: 1.0 / float64(i+1),
		})
	}
	return out
}

func Load() Config {
	c := Config{Env: deploy.Env, Features: map[string]bool{"tracing": true}}
	if deploy.Env == "prod" {
		c.Servers = servers(deploy.Replicas)
		t := 250
		c.TimeoutMs = &t
	} else {
		c.Servers = servers(1)
		c.Features["debug"] = true
	}
	return c
}
"#;

fn main() {
    for (env, replicas) in [("prod", 3), ("dev", 1)] {
        let deploy = HostPackage::new("host/deploy")
            .constant("Env", env)
            .constant("Replicas", replicas);
        let vm = Vm::builder().package(deploy).build();
        let program = match vm.compile("config.go", CONFIG) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        let instance = vm.start(&program).expect("the configuration starts");
        let config: Config = instance.call("Load", ()).expect("Load returns a Config");
        println!("{env}: {config:#?}");
    }
}
