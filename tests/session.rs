//! The REPL's engine without a terminal: entries given to a
//! `minigo::session::Session` one by one, its program's output captured.

use std::io::Write;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use minigo::session::{Outcome, Session};
use minigo::{RunOptions, Style};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn take(&self) -> String {
        String::from_utf8(std::mem::take(&mut *self.0.lock().unwrap())).unwrap()
    }
}

struct Prompt {
    session: Session,
    out: Captured,
    err: Captured,
}

impl Prompt {
    fn new() -> Prompt {
        let (out, err) = (Captured::default(), Captured::default());
        let options = RunOptions {
            gomaxprocs: 2,
            ..RunOptions::default()
        };
        let session = Session::new(
            &options,
            Box::new(std::io::empty()),
            Box::new(out.clone()),
            Box::new(err.clone()),
            Arc::new(AtomicBool::new(false)),
        )
        .unwrap();
        Prompt { session, out, err }
    }

    /// Runs an entry; what the program printed to stdout, and what went to
    /// stderr (the program's and the prompt's messages).
    fn eval(&mut self, entry: &str) -> (Outcome, String, String) {
        let mut diag = Vec::new();
        let outcome = self.session.eval(entry, &mut diag, Style::Plain);
        let mut err = String::from_utf8(diag).unwrap();
        err.push_str(&self.err.take());
        (outcome, self.out.take(), err)
    }

    /// Runs an entry that must run; its output.
    fn ok(&mut self, entry: &str) -> String {
        let (outcome, out, err) = self.eval(entry);
        assert_eq!(outcome, Outcome::Ran, "{entry}: {err}");
        assert_eq!(err, "", "{entry}");
        out
    }
}

#[test]
fn values_and_types_of_expressions() {
    let mut p = Prompt::new();
    assert_eq!(p.ok("1 + 2"), "3 (int)\n");
    assert_eq!(p.ok("\"go\" + \"pher\""), "gopher (string)\n");
    assert_eq!(p.ok("strconv.Atoi(\"42\")"), "42 <nil> (int, error)\n");
    assert_eq!(p.ok("len([]int{1, 2, 3})"), "3 (int)\n");
    assert_eq!(p.ok("float64(7) / 2"), "3.5 (float64)\n");
    // fmt's printing functions print; their results are not shown.
    assert_eq!(p.ok("fmt.Println(\"hi\")"), "hi\n");
}

#[test]
fn variables_persist_and_change_type() {
    let mut p = Prompt::new();
    assert_eq!(p.ok("x := 10"), "");
    assert_eq!(p.ok("x *= 3"), "");
    assert_eq!(p.ok("x"), "30 (int)\n");
    assert_eq!(p.ok("var y, z = x + 1, \"s\""), "");
    assert_eq!(p.ok("fmt.Println(y, z)"), "31 s\n");
    assert_eq!(p.ok("x := \"now a string\""), "");
    assert_eq!(p.ok("x + \"!\""), "now a string! (string)\n");
    // `declared and not used` does not apply at the prompt.
    assert_eq!(p.ok("if true { unused := 1 }"), "");
}

#[test]
fn functions_are_redefined_with_their_callers() {
    let mut p = Prompt::new();
    p.ok("func sq(n int) int { return n * n }");
    p.ok("func twice(n int) int { return 2 * sq(n) }");
    assert_eq!(p.ok("twice(3)"), "18 (int)\n");
    p.ok("func sq(n int) int { return n * n * n }");
    assert_eq!(p.ok("twice(3)"), "54 (int)\n");
    // A closure kept in a variable captures the session's variables.
    p.ok("count := 0");
    p.ok("inc := func() int { count++; return count }");
    p.ok("inc(); inc()");
    assert_eq!(p.ok("count"), "2 (int)\n");
}

#[test]
fn types_and_methods() {
    let mut p = Prompt::new();
    p.ok("type Point struct{ X, Y int }");
    p.ok("func (q Point) String() string { return fmt.Sprintf(\"(%d,%d)\", q.X, q.Y) }");
    p.ok("pt := Point{1, 2}");
    assert_eq!(p.ok("fmt.Println(pt)"), "(1,2)\n");
    p.ok("func (q Point) String() string { return fmt.Sprintf(\"<%d %d>\", q.X, q.Y) }");
    assert_eq!(p.ok("fmt.Println(pt)"), "<1 2>\n");
    // A type declared inside an entry is the session's.
    p.ok("type Celsius float64; c := Celsius(21.5)");
    assert_eq!(p.ok("c"), "21.5 (Celsius)\n");
    // Redefining a type resets the variables of that type.
    let (outcome, _, err) = p.eval("type Point struct{ X, Y, Z int }");
    assert_eq!(outcome, Outcome::Ran);
    assert!(err.contains("pt is reset"), "{err}");
    // Its methods, declared in other entries, are its methods still.
    assert_eq!(p.ok("pt"), "<0 0> (Point)\n");
    assert_eq!(p.ok("pt.Z"), "0 (int)\n");
}

#[test]
fn errors_keep_the_session() {
    let mut p = Prompt::new();
    p.ok("a := 1");
    let (outcome, out, err) = p.eval("b := a + undefinedThing");
    assert_eq!((outcome, out.as_str()), (Outcome::Failed, ""));
    assert_eq!(err, "<entry 2>:1:10: undefined: undefinedThing\n");
    let (outcome, _, err) = p.eval("b");
    assert_eq!(outcome, Outcome::Failed);
    assert_eq!(err, "<entry 3>:1:1: undefined: b\n");
    let (outcome, _, err) = p.eval("for {");
    assert_eq!(outcome, Outcome::Failed);
    assert!(err.contains("syntax error"), "{err}");
    // A panic is printed as Go prints it; the session goes on.
    let (outcome, _, err) = p.eval("var s []int; _ = s[a]");
    assert_eq!(outcome, Outcome::Ran);
    assert!(
        err.starts_with("panic: runtime error: index out of range [1] with length 0\n\ngoroutine "),
        "{err}"
    );
    assert_eq!(p.ok("a"), "1 (int)\n");
    // Imports need not be used.
    assert_eq!(p.ok("import \"unicode\""), "");
    assert_eq!(p.ok("unicode.IsUpper('Q')"), "true (bool)\n");
    let (outcome, _, err) = p.eval("import \"nosuch/pkg\"");
    assert_eq!(outcome, Outcome::Failed);
    assert_eq!(err, "<entry 9>:1:8: package nosuch/pkg is not in std\n");
}

#[test]
fn goroutines_run_between_entries() {
    let mut p = Prompt::new();
    p.ok("results := make(chan int, 10)");
    p.ok("go func() { for i := 1; i <= 3; i++ { results <- i * i } }()");
    assert_eq!(p.ok("<-results + <-results + <-results"), "14 (int)\n");
    p.ok("var mu sync.Mutex; total := 0; var wg sync.WaitGroup");
    p.ok("for i := 0; i < 50; i++ { wg.Add(1); go func() { mu.Lock(); total++; mu.Unlock(); wg.Done() }() }");
    p.ok("wg.Wait()");
    assert_eq!(p.ok("total"), "50 (int)\n");
}

#[test]
fn the_type_of_an_expression_and_os_exit() {
    let mut p = Prompt::new();
    p.ok("m := map[string][]int{}");
    let mut diag = Vec::new();
    let t = p.session.type_of("m[\"a\"]", &mut diag, Style::Plain);
    assert_eq!(t.as_deref(), Some("[]int"));
    let t = p.session.type_of("strings.Cut", &mut diag, Style::Plain);
    assert_eq!(
        t.as_deref(),
        Some("func(string, string) (string, string, bool)")
    );
    let (outcome, _, _) = p.eval("os.Exit(3)");
    assert_eq!(outcome, Outcome::Exit(3));
}
