//! The embedding API (`minigo::Vm`): compile, run, call Go from Rust and
//! Rust from Go, package variables, limits, sandboxing, independence of
//! two Vms.

use minigo::embed::{CallError, HostPackage, RunError, Value};
use minigo::Vm;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "common/buf.rs"]
mod buf;
use buf::Buf;

#[test]
fn compile_errors_carry_positions_and_go_s_report() {
    let vm = Vm::default();
    let err = vm
        .compile(
            "bad.go",
            "package main\n\nfunc main() {\n\tx := 1\n\ty()\n}\n",
        )
        .unwrap_err();
    let d = &err.diagnostics;
    assert_eq!(d.len(), 2, "{err}");
    assert_eq!((d[0].line, d[0].column), (4, 2));
    assert_eq!(d[0].message, "declared and not used: x");
    assert_eq!(d[1].message, "undefined: y");
    assert_eq!(d[1].offset, 37);
    assert_eq!(
        err.rendered,
        "bad.go:4:2: declared and not used: x\nbad.go:5:2: undefined: y\n"
    );
    let syntax = vm
        .compile("s.go", "package main\nfunc main() {\n")
        .unwrap_err();
    assert!(
        syntax.rendered.starts_with("s.go:3:1: syntax error"),
        "{syntax}"
    );
}

#[test]
fn run_reports_output_panics_and_exit_codes() {
    let out = Buf::default();
    let err = Buf::default();
    let vm = Vm::builder()
        .stdout(out.clone())
        .stderr(err.clone())
        .args(["prog", "a1"])
        .env("GREETING", "hi")
        .build();
    let ok = vm
        .compile(
            "ok.go",
            r#"package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("GREETING"), os.Args[1:], os.Getenv("HOME") == "")
}
"#,
        )
        .unwrap();
    vm.run(&ok).unwrap();
    vm.run(&ok).unwrap();
    assert_eq!(out.text(), "hi [a1] true\nhi [a1] true\n");

    let panics = vm
        .compile(
            "p.go",
            "package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[3]\n}\n",
        )
        .unwrap();
    match vm.run(&panics) {
        Err(RunError::Panic(report)) => {
            assert!(
                report.starts_with(
                    "panic: runtime error: index out of range [3] with length 0\n\ngoroutine 1 [running]:\nmain.main()\n\tp.go:5"
                ),
                "{report}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(err.text().contains("index out of range [3]"));

    let exits = vm
        .compile(
            "e.go",
            "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(7) }\n",
        )
        .unwrap();
    assert_eq!(vm.run(&exits), Err(RunError::Exit(7)));

    let lib = vm.compile("l.go", "package main\n\nfunc F() {}\n").unwrap();
    assert_eq!(vm.run(&lib), Err(RunError::NoMain));
}

#[derive(Debug, PartialEq, Clone)]
struct Point {
    x: i64,
    y: f64,
    tags: Vec<String>,
}
minigo::go_struct!(Point as "Point" { x: "X", y: "Y", tags: "Tags" });

const LIBRARY: &str = r#"package main

import (
	"fmt"
	"strings"
)

type Point struct {
	X    int
	Y    float64
	Tags []string
}

var Calls int
var Origin = Point{Y: 0.5}
var Counts = map[string]int{"a": 1}
var ready bool

func init() { ready = true }

func Ready() bool { return ready }

func Div(a, b int) (int, int) {
	Calls++
	return a / b, a % b
}

func Small(x int8) int8 { return x * 2 }

func Join(sep string, parts ...string) string {
	if parts == nil {
		return "nil"
	}
	return strings.Join(parts, sep)
}

func Scale(p Point, k float64) Point {
	p.X *= int(k)
	p.Y *= k
	p.Tags = append(p.Tags, fmt.Sprint(k))
	return p
}

func Find(ps []Point, x int) *Point {
	for i := range ps {
		if ps[i].X == x {
			return &ps[i]
		}
	}
	return nil
}

func Histogram(words []string) map[string]int {
	h := map[string]int{}
	for _, w := range words {
		h[w]++
	}
	return h
}

func Total(m map[string]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}

func Grid(n int) [][]bool {
	g := make([][]bool, n)
	for i := range g {
		g[i] = make([]bool, n)
		g[i][i] = true
	}
	return g
}

func Bytes(b []byte) []byte { return append(b, '!') }

func Deref(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

func Describe(x any) string { return fmt.Sprintf("%T %v", x, x) }

func Fail(msg string) { panic(msg) }
"#;

#[test]
fn calls_convert_arguments_and_results() {
    calls_convert(false);
}

/// Under GC stress every allocation collects: an argument or result the
/// collector could not see on its way would be freed and read back wrong.
#[test]
fn calls_convert_under_gc_stress() {
    calls_convert(true);
}

fn calls_convert(gc_stress: bool) {
    let vm = Vm::builder().gomaxprocs(2).gc_stress(gc_stress).build();
    let program = vm.compile("lib.go", LIBRARY).unwrap();
    assert!(program.functions().contains(&"Div"));
    let go = vm.start(&program).unwrap();
    assert!(go.call::<bool>("Ready", ()).unwrap(), "init ran first");
    assert_eq!(go.call::<(i64, i64)>("Div", (17, 5)).unwrap(), (3, 2));
    assert_eq!(go.call::<i8>("Small", 60i8).unwrap(), 120);
    assert!(matches!(
        go.call::<i8>("Small", 300i64),
        Err(CallError::Convert(_))
    ));
    assert_eq!(
        go.call::<String>("Join", ("-", "a", "b", "c")).unwrap(),
        "a-b-c"
    );
    assert_eq!(go.call::<String>("Join", ",").unwrap(), "nil");
    let p = Point {
        x: 2,
        y: 1.5,
        tags: vec!["t".into()],
    };
    let scaled: Point = go.call("Scale", (p.clone(), 3.0)).unwrap();
    assert_eq!(
        scaled,
        Point {
            x: 6,
            y: 4.5,
            tags: vec!["t".into(), "3".into()]
        }
    );
    let found: Option<Point> = go
        .call("Find", (vec![p.clone(), scaled.clone()], 6))
        .unwrap();
    assert_eq!(found, Some(scaled));
    let missing: Option<Point> = go.call("Find", (vec![p], 9)).unwrap();
    assert_eq!(missing, None);
    let words: Vec<String> = "a b a c a".split(' ').map(String::from).collect();
    let h: HashMap<String, i64> = go.call("Histogram", (words,)).unwrap();
    assert_eq!(
        h,
        HashMap::from([("a".into(), 3), ("b".into(), 1), ("c".into(), 1)])
    );
    let m = HashMap::from([("x".to_string(), 1.25), ("y".to_string(), 2.0)]);
    assert_eq!(go.call::<f64>("Total", (m,)).unwrap(), 3.25);
    let grid: Vec<Vec<bool>> = go.call("Grid", 3).unwrap();
    assert_eq!(grid[1], vec![false, true, false]);
    assert_eq!(
        go.call::<Vec<u8>>("Bytes", (b"ok".to_vec(),)).unwrap(),
        b"ok!"
    );
    assert_eq!(go.call::<i64>("Deref", (Some(5i64),)).unwrap(), 5);
    assert_eq!(go.call::<i64>("Deref", (None::<i64>,)).unwrap(), -1);
    assert_eq!(go.call::<String>("Describe", 7i64).unwrap(), "int 7");
    assert_eq!(go.call::<String>("Describe", "s").unwrap(), "string s");
    assert_eq!(
        go.call::<String>("Describe", (Value::Nil,)).unwrap(),
        "<nil> <nil>"
    );
    // A panic fails the call, not the program.
    assert_eq!(
        go.call::<()>("Fail", "no"),
        Err(CallError::Panic("no".into()))
    );
    assert_eq!(
        go.call::<(i64, i64)>("Div", (1, 0)),
        Err(CallError::Panic(
            "runtime error: integer divide by zero".into()
        ))
    );
    assert_eq!(go.call::<(i64, i64)>("Div", (9, 4)).unwrap(), (2, 1));
    assert!(matches!(
        go.call::<()>("Nope", ()),
        Err(CallError::NoSuchFunction(_))
    ));
    assert!(matches!(
        go.call::<()>("Div", 1),
        Err(CallError::Convert(_))
    ));
    assert!(matches!(
        go.call::<String>("Div", (1, 1)),
        Err(CallError::Convert(_))
    ));

    // Package variables.
    assert_eq!(go.get::<i64>("Calls").unwrap(), 4);
    go.set("Calls", 100).unwrap();
    assert_eq!(go.call::<(i64, i64)>("Div", (4, 2)).unwrap(), (2, 0));
    assert_eq!(go.get::<i64>("Calls").unwrap(), 101);
    let origin: Point = go.get("Origin").unwrap();
    assert_eq!(origin.y, 0.5);
    go.set("Counts", HashMap::from([("z".to_string(), 26i64)]))
        .unwrap();
    let counts: HashMap<String, i64> = go.get("Counts").unwrap();
    assert_eq!(counts, HashMap::from([("z".into(), 26)]));
    assert!(go.set("Calls", "text").is_err());
    assert_eq!(go.stop(), Ok(()));
}

#[test]
fn calls_from_many_threads_run_at_once() {
    let vm = Vm::builder().gomaxprocs(2).build();
    let program = vm
        .compile(
            "w.go",
            "package main\n\nfunc Fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn Fib(n-1) + Fib(n-2)\n}\n",
        )
        .unwrap();
    let go = Arc::new(vm.start(&program).unwrap());
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let go = go.clone();
            std::thread::spawn(move || go.call::<i64>("Fib", 15 + i).unwrap())
        })
        .collect();
    let got: Vec<i64> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(got, vec![610, 987, 1597, 2584]);
}

#[test]
fn host_packages_are_type_checked_and_called() {
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let l = log.clone();
    let pkg = HostPackage::new("host/app")
        .constant("Name", "demo \"app\"")
        .constant("Limit", 3)
        .func("Log", move |s: String| l.lock().unwrap().push(s))
        .func("Split", |s: String| -> (String, String) {
            let (a, b) = s.split_once('=').unwrap_or((&s, ""));
            (a.to_string(), b.to_string())
        })
        .func("Lookup", |k: String| -> Result<i64, String> {
            k.parse::<i64>().map_err(|_| format!("bad key {k:?}"))
        })
        .func("Sum", |xs: Vec<f64>| xs.iter().sum::<f64>())
        .func("Crash", || -> i64 { panic!("host bug") })
        .func_nonblocking("Double", |x: i64| x * 2)
        .func_nonblocking("Fussy", |x: i64| -> Result<i64, String> {
            if x < 0 {
                Err("negative".into())
            } else {
                Ok(x)
            }
        });
    let out = Buf::default();
    let vm = Vm::builder().stdout(out.clone()).package(pkg).build();
    let program = vm
        .compile(
            "h.go",
            r#"package main

import (
	"fmt"
	"host/app"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	app.Log(app.Name)
	for i := 0; i < app.Limit; i++ {
		app.Log(fmt.Sprint(i))
	}
	k, v := app.Split("key=value")
	fmt.Println(k, v, app.Sum([]float64{1, 2.5}))
	n := app.Lookup("42")
	fmt.Println(n + 1)
	try(func() { app.Lookup("x") })
	try(func() { app.Crash() })
	fmt.Println(app.Double(21), app.Fussy(3))
	try(func() { app.Fussy(-1) })
}
"#,
        )
        .unwrap();
    vm.run(&program).unwrap();
    assert_eq!(
        out.text(),
        "key value 3.5\n43\nrecovered: bad key \"x\"\nrecovered: host bug\n42 3\nrecovered: negative\n"
    );
    assert_eq!(*log.lock().unwrap(), vec!["demo \"app\"", "0", "1", "2"]);

    // The checker knows the host functions' types.
    let err = vm
        .compile(
            "bad.go",
            "package main\n\nimport \"host/app\"\n\nfunc main() {\n\tapp.Log(1)\n\tvar s int = app.Sum(nil)\n\t_ = s\n}\n",
        )
        .unwrap_err();
    assert_eq!(
        err.rendered,
        "bad.go:6:10: cannot use 1 (untyped int constant) as string value in argument to app.Log\n\
         bad.go:7:14: cannot use app.Sum(nil) (value of type float64) as int value in variable declaration\n"
    );
    // Without the package, the import fails as an unknown package does.
    let plain = Vm::default();
    let err = plain
        .compile(
            "h.go",
            "package main\n\nimport \"host/app\"\n\nfunc main() { app.Log(\"\") }\n",
        )
        .unwrap_err();
    assert!(
        err.rendered.contains("package host/app is not in std"),
        "{err}"
    );
}

#[test]
fn a_blocking_host_function_leaves_its_p_to_other_goroutines() {
    let (tx, rx) = std::sync::mpsc::channel::<i64>();
    let rx = Mutex::new(rx);
    let pkg = HostPackage::new("host/feed").func("Next", move || -> i64 {
        rx.lock().unwrap().recv().unwrap_or(-1)
    });
    let vm = Vm::builder().gomaxprocs(1).package(pkg).build();
    let program = vm
        .compile(
            "b.go",
            r#"package main

import "host/feed"

var Ticks int

func Spin() {
	go func() {
		for {
			Ticks++
		}
	}()
}

func Take() int { return feed.Next() }
"#,
        )
        .unwrap();
    let go = Arc::new(vm.start(&program).unwrap());
    go.call::<()>("Spin", ()).unwrap();
    let g = go.clone();
    let taker = std::thread::spawn(move || g.call::<i64>("Take", ()).unwrap());
    std::thread::sleep(Duration::from_millis(100));
    // The host call is blocked; Ticks went on (one P for both).
    let t1: i64 = go.get("Ticks").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let t2: i64 = go.get("Ticks").unwrap();
    assert!(t2 > t1, "ticks {t1} then {t2}");
    tx.send(5).unwrap();
    assert_eq!(taker.join().unwrap(), 5);
}

#[test]
fn limits_end_the_run_with_an_error() {
    let goroutines = Vm::builder().max_goroutines(100).build();
    let spawn = goroutines
        .compile(
            "g.go",
            "package main\n\nfunc main() {\n\tc := make(chan int)\n\tfor {\n\t\tgo func() { <-c }()\n\t}\n}\n",
        )
        .unwrap();
    assert_eq!(
        goroutines.run(&spawn),
        Err(RunError::TooManyGoroutines(100))
    );

    let heap = Vm::builder().max_heap_bytes(16 << 20).build();
    let grow = heap
        .compile(
            "h.go",
            "package main\n\nvar keep [][]byte\n\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n",
        )
        .unwrap();
    assert_eq!(heap.run(&grow), Err(RunError::HeapLimit(16 << 20)));
    // Garbage alone stays under the limit.
    let churn = heap
        .compile(
            "c.go",
            "package main\n\nvar sink []byte\n\nfunc main() {\n\tfor i := 0; i < 200; i++ {\n\t\tsink = make([]byte, 1<<20)\n\t}\n}\n",
        )
        .unwrap();
    assert_eq!(heap.run(&churn), Ok(()));

    let slow = Vm::builder().time_limit(Duration::from_millis(100)).build();
    let forever = slow
        .compile("t.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")
        .unwrap();
    let t = Instant::now();
    assert_eq!(
        slow.run(&forever),
        Err(RunError::TimeLimit(Duration::from_millis(100)))
    );
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[test]
fn os_access_is_denied_unless_allowed() {
    let dir = std::env::temp_dir().join(format!("minigo-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("data.txt");
    std::fs::write(&file, "secret").unwrap();
    let src = format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {{\n\tb, err := os.ReadFile({:?})\n\tfmt.Println(string(b), err)\n}}\n",
        file.display().to_string()
    );
    for (allow, want) in [
        (
            false,
            format!(" open {}: operation not permitted\n", file.display()),
        ),
        (true, "secret <nil>\n".to_string()),
    ] {
        let out = Buf::default();
        let vm = Vm::builder().stdout(out.clone()).allow_os(allow).build();
        vm.run(&vm.compile("f.go", &src).unwrap()).unwrap();
        assert_eq!(out.text(), want);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_vms_are_independent() {
    let src = r#"package main

import (
	"fmt"
	"os"
)

var N int

func Bump() int { N++; return N }

func main() { fmt.Print(os.Getenv("WHO")) }
"#;
    let (a_out, b_out) = (Buf::default(), Buf::default());
    let a = Vm::builder().env("WHO", "a").stdout(a_out.clone()).build();
    let b = Vm::builder().env("WHO", "b").stdout(b_out.clone()).build();
    let (pa, pb) = (
        a.compile("x.go", src).unwrap(),
        b.compile("x.go", src).unwrap(),
    );
    let (ia, ib) = (a.start(&pa).unwrap(), b.start(&pb).unwrap());
    for _ in 0..3 {
        ia.call::<i64>("Bump", ()).unwrap();
    }
    assert_eq!(ib.call::<i64>("Bump", ()).unwrap(), 1);
    assert_eq!(ia.get::<i64>("N").unwrap(), 3);
    // Cancelling one leaves the other running.
    a.cancel_handle().cancel();
    assert!(matches!(
        ia.call::<i64>("Bump", ()),
        Err(CallError::Ended(RunError::Cancelled))
    ));
    assert_eq!(ib.call::<i64>("Bump", ()).unwrap(), 2);
    a.run(&pa).unwrap();
    b.run(&pb).unwrap();
    assert_eq!((a_out.text(), b_out.text()), ("a".into(), "b".into()));
    drop(ib);
    // A value of the host kind is a plain Rust value.
    let v: Value = Value::List(vec![Value::Int(1)]);
    assert_eq!(format!("{v:?}"), "List([Int(1)])");
}

/// The README's example, as it is there.
#[test]
fn the_readme_example_runs() -> Result<(), Box<dyn std::error::Error>> {
    use minigo::embed::HostPackage;

    let config = HostPackage::new("host/config")
        .constant("Region", "eu")
        .func("Lookup", |key: String| -> Result<i64, String> {
            key.parse().map_err(|_| format!("no key {key}"))
        });
    let vm = minigo::Vm::builder()
        .gomaxprocs(4)
        .package(config)
        .max_goroutines(10_000)
        .time_limit(std::time::Duration::from_secs(5))
        .build();
    let program = vm.compile(
        "plugin.go",
        r#"package main

    import "host/config"

    var Calls int

    func Price(items []string) (int, string) {
    	Calls++
    	return config.Lookup("12") * len(items), config.Region
    }
    "#,
    )?;
    let plugin = vm.start(&program)?;
    let (cents, region): (i64, String) = plugin.call("Price", (vec!["a", "b"],))?;
    assert_eq!((cents, region.as_str()), (24, "eu"));
    assert_eq!(plugin.get::<i64>("Calls")?, 1);
    Ok(())
}

#[test]
fn one_allocation_past_the_heap_limit_ends_the_run() {
    let vm = Vm::builder().max_heap_bytes(64 << 20).build();
    let huge = vm
        .compile(
            "huge.go",
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 1 << 40\n\tb := make([]byte, n)\n\tfmt.Println(len(b))\n\tw := make([]int, n)\n\tfmt.Println(len(w))\n}\n",
        )
        .unwrap();
    let t = Instant::now();
    assert_eq!(vm.run(&huge), Err(RunError::HeapLimit(64 << 20)));
    assert!(t.elapsed() < Duration::from_secs(5));
}
