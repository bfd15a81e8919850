//! A Go plugin calling the host: the host provides a package of Rust
//! functions (`host/shop`) and runs a pricing rule written in Go that uses
//! them. A rule that breaks the types is rejected before it runs, with
//! Go's error message.
//!
//!     cargo run --release --example embed_plugin

use minigo::embed::HostPackage;
use minigo::Vm;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const RULE: &str = r#"package main

import (
	"host/shop"
	"strings"
)

// Price is the plugin's entry point: the basket's total, in cents, after
// the shop's discounts.
func Price(items []string) int {
	total := 0
	for _, item := range items {
		p, ok := shop.PriceOf(item)
		if !ok {
			shop.Log("unknown item " + item)
			continue
		}
		if strings.HasPrefix(item, "book") {
			p = p * 9 / 10
		}
		total += p
	}
	if total > shop.FreeShippingOver {
		shop.Log("free shipping")
	} else {
		total += 499
	}
	return total
}
"#;

const BROKEN_RULE: &str = r#"package main

import "host/shop"

func Price(items []string) int {
	return shop.PriceOf(items[0])
}
"#;

fn main() {
    let prices: HashMap<&str, i64> =
        HashMap::from([("book:go", 3999), ("book:rust", 4599), ("pen", 150)]);
    let log = Arc::new(Mutex::new(Vec::new()));
    let shop = {
        let log = log.clone();
        HostPackage::new("host/shop")
            .constant("FreeShippingOver", 5000)
            .func("PriceOf", move |item: String| -> (i64, bool) {
                prices.get(item.as_str()).map_or((0, false), |&p| (p, true))
            })
            .func("Log", move |msg: String| log.lock().unwrap().push(msg))
    };
    let vm = Vm::builder().package(shop).build();

    match vm.compile("broken.go", BROKEN_RULE) {
        Ok(_) => unreachable!("the broken rule compiles"),
        Err(e) => println!("rejected:\n{e}\n"),
    }

    let rule = vm.compile("rule.go", RULE).expect("the rule compiles");
    let plugin = vm.start(&rule).expect("the rule starts");
    for basket in [vec!["pen"], vec!["book:go", "book:rust", "mug"]] {
        let cents: i64 = plugin.call("Price", (basket.clone(),)).expect("Price runs");
        println!("{basket:?} costs {}.{:02}", cents / 100, cents % 100);
    }
    println!("the plugin logged: {:?}", log.lock().unwrap());
}
