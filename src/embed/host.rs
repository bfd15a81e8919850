//! Host packages: Rust functions and constants Go code imports.
//!
//! A [`HostPackage`] is turned into Go declarations (bodiless functions
//! with the Go types of the Rust closures' parameters and results,
//! constants, any declarations the embedder adds), which the type checker
//! reads as it reads a standard package's, so a wrong call is a compile
//! error in Go's words. The compiler makes each bodiless function a host
//! native; at run time it calls the closure registered under its name.

use super::convert::{FromGo, GoType, ToGo};
use super::Value;
use minigo_vm::embed::HostFn;
use std::fmt::Display;
use std::sync::Arc;

/// A package of Rust functions and constants, imported by its path
/// (`import "host/config"`; its name is the path's last element).
///
/// ```
/// let pkg = minigo::embed::HostPackage::new("host/math")
///     .func("Twice", |x: i64| x * 2)
///     .constant("Answer", 42);
/// let vm = minigo::Vm::builder().package(pkg).build();
/// let program = vm
///     .compile("main.go", r#"package main
/// import "host/math"
/// func F() int { return math.Twice(math.Answer) }
/// "#)
///     .unwrap();
/// let instance = vm.start(&program).unwrap();
/// assert_eq!(instance.call::<i64>("F", ()).unwrap(), 84);
/// ```
#[derive(Clone)]
pub struct HostPackage {
    path: String,
    decls: Vec<String>,
    funcs: Vec<(String, String, Arc<dyn HostFn>)>,
}

impl std::fmt::Debug for HostPackage {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("HostPackage")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl HostPackage {
    /// An empty package with this import path.
    pub fn new(path: impl Into<String>) -> HostPackage {
        HostPackage {
            path: path.into(),
            decls: Vec::new(),
            funcs: Vec::new(),
        }
    }

    /// The import path.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The package's name: the last element of its path.
    pub fn name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    /// Adds function `name` (exported if capitalized, as in Go), calling
    /// `f`. Its Go signature comes from `f`'s types ([`GoType`]); `f` may
    /// block (it runs as a system call: other goroutines go on). A
    /// `Result`'s `Err` and a Rust panic in `f` become a Go panic.
    pub fn func<M: HostSig>(mut self, name: &str, f: impl IntoHostFn<M>) -> HostPackage {
        let sig = format!("({}){}", M::params_of(), M::results_of());
        self.funcs.push((name.to_string(), sig, f.into_host_fn()));
        self
    }

    /// Adds function `name` as [`HostPackage::func`] does, for a quick
    /// function that never blocks: it runs on the goroutine's thread as
    /// it is (about half the cost of a call), so it must not block, wait
    /// for the program, or use this Vm's channels.
    pub fn func_nonblocking<M: HostSig>(
        mut self,
        name: &str,
        f: impl IntoHostFn<M>,
    ) -> HostPackage {
        let sig = format!("({}){}", M::params_of(), M::results_of());
        let f: Arc<dyn HostFn> = Arc::new(NonBlocking(f.into_host_fn()));
        self.funcs.push((name.to_string(), sig, f));
        self
    }

    /// Adds constant `name` with this value (a Go untyped constant, as a
    /// literal of it reads).
    pub fn constant(mut self, name: &str, value: impl GoConst) -> HostPackage {
        self.decls
            .push(format!("const {name} = {}", value.go_literal()));
        self
    }

    /// Adds Go declarations (types, constants) to the package, as source
    /// text: `type Point struct { X, Y int }`.
    pub fn declare(mut self, go_source: &str) -> HostPackage {
        self.decls.push(go_source.to_string());
        self
    }

    /// The declarations the type checker reads.
    pub(crate) fn api_source(&self) -> String {
        let mut s = format!("package {}\n\n", self.name());
        for d in &self.decls {
            s.push_str(d);
            s.push('\n');
        }
        s.push_str(&self.impl_source_funcs());
        s
    }

    /// The "implementation": the bodiless functions alone (the compiler
    /// compiles a package's implementation file, not its declarations).
    pub(crate) fn impl_source(&self) -> String {
        format!("package {}\n\n{}", self.name(), self.impl_source_funcs())
    }

    fn impl_source_funcs(&self) -> String {
        self.funcs
            .iter()
            .map(|(name, sig, _)| format!("func {name}{sig}\n"))
            .collect()
    }

    pub(crate) fn funcs(&self) -> impl Iterator<Item = (String, Arc<dyn HostFn>)> + '_ {
        self.funcs
            .iter()
            .map(|(name, _, f)| (format!("{}.{name}", self.path), f.clone()))
    }
}

/// A host function that never blocks.
struct NonBlocking(Arc<dyn HostFn>);

impl HostFn for NonBlocking {
    fn call(&self, args: Vec<Value>) -> Result<Vec<Value>, String> {
        self.0.call(args)
    }
    fn blocking(&self) -> bool {
        false
    }
}

/// A Rust value written as a Go constant.
pub trait GoConst {
    /// The Go literal of the value.
    fn go_literal(&self) -> String;
}

macro_rules! consts {
    ($($t:ty),*) => {$(
        impl GoConst for $t {
            fn go_literal(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

consts!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, bool);

impl GoConst for f64 {
    fn go_literal(&self) -> String {
        format!("{self:?}")
    }
}

impl GoConst for &str {
    fn go_literal(&self) -> String {
        // Go's interpreted string literal: Rust's escapes are a subset
        // (\u{..} aside, which Debug writes for control characters).
        let mut s = String::from("\"");
        for c in self.chars() {
            match c {
                '"' => s.push_str("\\\""),
                '\\' => s.push_str("\\\\"),
                '\n' => s.push_str("\\n"),
                '\t' => s.push_str("\\t"),
                c if c.is_control() => s.push_str(&format!("\\U{:08x}", c as u32)),
                c => s.push(c),
            }
        }
        s.push('"');
        s
    }
}

impl GoConst for String {
    fn go_literal(&self) -> String {
        self.as_str().go_literal()
    }
}

/// What a host function returns: `()`, a value, a tuple of values (Go's
/// multiple results), or a `Result` of those (its `Err` panics in Go).
pub trait HostReturn {
    /// The results as Go values, or the message of the panic to raise.
    fn into_values(self) -> Result<Vec<Value>, String>;
    /// Go's result list (` int`, ` (string, bool)`).
    fn go_results() -> String;
}

impl HostReturn for () {
    fn into_values(self) -> Result<Vec<Value>, String> {
        Ok(Vec::new())
    }
    fn go_results() -> String {
        String::new()
    }
}

impl<T: ToGo + GoType> HostReturn for T {
    fn into_values(self) -> Result<Vec<Value>, String> {
        Ok(vec![self.to_go()])
    }
    fn go_results() -> String {
        format!(" {}", T::go_type())
    }
}

impl<T: HostReturn, E: Display> HostReturn for Result<T, E> {
    fn into_values(self) -> Result<Vec<Value>, String> {
        self.map_err(|e| e.to_string())?.into_values()
    }
    fn go_results() -> String {
        T::go_results()
    }
}

macro_rules! return_tuples {
    ($(($($n:ident $i:tt),*))*) => {$(
        impl<$($n: ToGo + GoType),*> HostReturn for ($($n,)*) {
            fn into_values(self) -> Result<Vec<Value>, String> {
                Ok(vec![$(self.$i.to_go()),*])
            }
            fn go_results() -> String {
                let names: Vec<String> = vec![$($n::go_type()),*];
                format!(" ({})", names.join(", "))
            }
        }
    )*};
}

return_tuples! {
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
}

/// The Go signature of a Rust function's type (`M`, a marker of its
/// parameter and result types).
pub trait HostSig {
    /// Go's parameter list, without parentheses (`a0 string, a1 int`).
    fn params_of() -> String;
    /// Go's result list (see [`HostReturn::go_results`]).
    fn results_of() -> String;
}

/// A Rust closure that can be a host function; `M` names its types.
pub trait IntoHostFn<M: HostSig> {
    /// The function as the VM calls it.
    fn into_host_fn(self) -> Arc<dyn HostFn>;
}

struct Closure<F>(F);

macro_rules! closures {
    ($(($($a:ident $i:tt),*))*) => {$(
        impl<R: HostReturn, $($a: FromGo + GoType),*> HostSig for fn($($a),*) -> R {
            fn params_of() -> String {
                let names: Vec<String> = vec![$(format!("a{} {}", $i, $a::go_type())),*];
                names.join(", ")
            }
            fn results_of() -> String {
                R::go_results()
            }
        }

        impl<Func, R, $($a),*> HostFn for Closure<(Func, std::marker::PhantomData<fn($($a),*) -> R>)>
        where
            Func: Fn($($a),*) -> R + Send + Sync + 'static,
            R: HostReturn + 'static,
            $($a: FromGo + GoType + 'static),*
        {
            #[allow(unused_mut, unused_variables, non_snake_case)]
            fn call(&self, args: Vec<Value>) -> Result<Vec<Value>, String> {
                let mut it = args.into_iter();
                $(
                    let $a = $a::from_go(it.next().unwrap_or(Value::Nil))
                        .map_err(|e| format!("argument {}: {e}", $i + 1))?;
                )*
                (self.0 .0)($($a),*).into_values()
            }
        }

        impl<Func, R, $($a),*> IntoHostFn<fn($($a),*) -> R> for Func
        where
            Func: Fn($($a),*) -> R + Send + Sync + 'static,
            R: HostReturn + 'static,
            $($a: FromGo + GoType + 'static),*
        {
            fn into_host_fn(self) -> Arc<dyn HostFn> {
                Arc::new(Closure((self, std::marker::PhantomData)))
            }
        }
    )*};
}

closures! {
    ()
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}
