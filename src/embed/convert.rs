//! Conversions between Rust values and Go values ([`Value`]).
//!
//! [`ToGo`] and [`FromGo`] convert one value; [`GoType`] names the Go type
//! a Rust type stands for in a host function's signature; [`Args`] and
//! [`Results`] convert a call's arguments and results as a whole (a tuple,
//! or one value, or `()`). Integers convert to any Go integer type they fit
//! in, floats to float32/float64, `String`/`&str` to string, `Vec<T>` to a
//! slice or array, `HashMap<K, V>` to a map, `Option<T>` to a pointer
//! (`None` is nil), and a Rust struct to a Go struct through
//! [`go_struct!`](crate::go_struct).

use super::Value;
use std::collections::HashMap;
use std::hash::Hash;

/// A value that does not convert: what was expected, and what came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvertError(pub String);

impl std::fmt::Display for ConvertError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConvertError {}

fn want<T>(what: &str, got: &Value) -> Result<T, ConvertError> {
    Err(ConvertError(format!("want {what}, got {}", got.kind())))
}

/// A Rust value that becomes a Go value.
pub trait ToGo {
    /// The Go value.
    fn to_go(&self) -> Value;
}

/// A Rust value made from a Go value.
pub trait FromGo: Sized {
    /// The Rust value, or why `v` does not convert.
    fn from_go(v: Value) -> Result<Self, ConvertError>;
}

/// The Go type a Rust type stands for in a host function's signature.
pub trait GoType {
    /// Go's spelling of the type (`int`, `[]string`, `map[string]int`).
    fn go_type() -> String;
}

macro_rules! ints {
    ($($t:ty => $go:literal, $variant:ident, $wide:ty;)*) => {$(
        impl ToGo for $t {
            fn to_go(&self) -> Value {
                Value::$variant(*self as $wide)
            }
        }
        impl FromGo for $t {
            fn from_go(v: Value) -> Result<Self, ConvertError> {
                let out = match v {
                    Value::Int(i) => <$t>::try_from(i).ok(),
                    Value::Uint(u) => <$t>::try_from(u).ok(),
                    ref other => return want(concat!("an integer for ", stringify!($t)), other),
                };
                out.ok_or_else(|| ConvertError(format!(
                    "{} does not fit in {}",
                    match v { Value::Int(i) => i.to_string(), Value::Uint(u) => u.to_string(), _ => String::new() },
                    stringify!($t)
                )))
            }
        }
        impl GoType for $t {
            fn go_type() -> String {
                $go.into()
            }
        }
    )*};
}

ints! {
    i8 => "int8", Int, i64;
    i16 => "int16", Int, i64;
    i32 => "int32", Int, i64;
    i64 => "int", Int, i64;
    isize => "int", Int, i64;
    u8 => "uint8", Uint, u64;
    u16 => "uint16", Uint, u64;
    u32 => "uint32", Uint, u64;
    u64 => "uint64", Uint, u64;
    usize => "uint", Uint, u64;
}

impl ToGo for f64 {
    fn to_go(&self) -> Value {
        Value::Float(*self)
    }
}

impl FromGo for f64 {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        match v {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            Value::Uint(u) => Ok(u as f64),
            other => want("a float", &other),
        }
    }
}

impl GoType for f64 {
    fn go_type() -> String {
        "float64".into()
    }
}

impl ToGo for f32 {
    fn to_go(&self) -> Value {
        Value::Float(f64::from(*self))
    }
}

impl FromGo for f32 {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        f64::from_go(v).map(|f| f as f32)
    }
}

impl GoType for f32 {
    fn go_type() -> String {
        "float32".into()
    }
}

impl ToGo for bool {
    fn to_go(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromGo for bool {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        match v {
            Value::Bool(b) => Ok(b),
            other => want("a bool", &other),
        }
    }
}

impl GoType for bool {
    fn go_type() -> String {
        "bool".into()
    }
}

impl ToGo for String {
    fn to_go(&self) -> Value {
        Value::Str(self.clone())
    }
}

impl ToGo for str {
    fn to_go(&self) -> Value {
        Value::Str(self.to_string())
    }
}

impl FromGo for String {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        match v {
            Value::Str(s) => Ok(s),
            other => want("a string", &other),
        }
    }
}

impl GoType for String {
    fn go_type() -> String {
        "string".into()
    }
}

impl<T: ToGo> ToGo for Vec<T> {
    fn to_go(&self) -> Value {
        self.as_slice().to_go()
    }
}

impl<T: ToGo> ToGo for [T] {
    fn to_go(&self) -> Value {
        Value::List(self.iter().map(ToGo::to_go).collect())
    }
}

impl<T: FromGo> FromGo for Vec<T> {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        match v {
            Value::Nil => Ok(Vec::new()),
            Value::List(items) => items.into_iter().map(T::from_go).collect(),
            other => want("a slice", &other),
        }
    }
}

impl<T: GoType> GoType for Vec<T> {
    fn go_type() -> String {
        format!("[]{}", T::go_type())
    }
}

impl<K: ToGo, V: ToGo, S> ToGo for HashMap<K, V, S> {
    fn to_go(&self) -> Value {
        Value::Map(self.iter().map(|(k, v)| (k.to_go(), v.to_go())).collect())
    }
}

impl<K: FromGo + Eq + Hash, V: FromGo> FromGo for HashMap<K, V> {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        match v {
            Value::Nil => Ok(HashMap::new()),
            Value::Map(entries) => entries
                .into_iter()
                .map(|(k, v)| Ok((K::from_go(k)?, V::from_go(v)?)))
                .collect(),
            other => want("a map", &other),
        }
    }
}

impl<K: GoType, V: GoType> GoType for HashMap<K, V> {
    fn go_type() -> String {
        format!("map[{}]{}", K::go_type(), V::go_type())
    }
}

/// `Option<T>` is a `*T`: `None` is nil.
impl<T: ToGo> ToGo for Option<T> {
    fn to_go(&self) -> Value {
        self.as_ref().map_or(Value::Nil, ToGo::to_go)
    }
}

impl<T: FromGo> FromGo for Option<T> {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        match v {
            Value::Nil => Ok(None),
            v => T::from_go(v).map(Some),
        }
    }
}

impl<T: GoType> GoType for Option<T> {
    fn go_type() -> String {
        format!("*{}", T::go_type())
    }
}

impl ToGo for Value {
    fn to_go(&self) -> Value {
        self.clone()
    }
}

impl FromGo for Value {
    fn from_go(v: Value) -> Result<Self, ConvertError> {
        Ok(v)
    }
}

impl<T: ToGo + ?Sized> ToGo for &T {
    fn to_go(&self) -> Value {
        (**self).to_go()
    }
}

/// A struct's fields, taken by name ([`go_struct!`](crate::go_struct)
/// uses it).
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    /// The fields of struct value `v`.
    pub fn of(v: Value) -> Result<Fields, ConvertError> {
        match v {
            Value::Struct(fields) => Ok(Fields(fields)),
            other => want("a struct", &other),
        }
    }

    /// Field `name`, converted.
    pub fn take<T: FromGo>(&mut self, name: &str) -> Result<T, ConvertError> {
        let at = self.0.iter().position(|(n, _)| n == name);
        let Some(at) = at else {
            return Err(ConvertError(format!("no field {name}")));
        };
        let (_, v) = self.0.swap_remove(at);
        T::from_go(v).map_err(|e| ConvertError(format!("field {name}: {e}")))
    }
}

/// Implements [`ToGo`], [`FromGo`] and (with `as "GoName"`) [`GoType`]
/// for a Rust struct, field by field, each with the name of its Go
/// field:
///
/// ```
/// #[derive(Debug, PartialEq)]
/// struct Point { x: i64, y: i64 }
/// minigo::go_struct!(Point { x: "X", y: "Y" });
///
/// use minigo::embed::{FromGo, ToGo};
/// let v = Point { x: 1, y: 2 }.to_go();
/// assert_eq!(Point::from_go(v).unwrap(), Point { x: 1, y: 2 });
/// ```
#[macro_export]
macro_rules! go_struct {
    ($t:ident as $go:literal { $($field:ident : $name:literal),* $(,)? }) => {
        $crate::go_struct!($t { $($field: $name),* });
        impl $crate::embed::GoType for $t {
            fn go_type() -> String {
                $go.into()
            }
        }
    };
    ($t:ident { $($field:ident : $name:literal),* $(,)? }) => {
        impl $crate::embed::ToGo for $t {
            fn to_go(&self) -> $crate::embed::Value {
                $crate::embed::Value::Struct(vec![
                    $(($name.to_string(), $crate::embed::ToGo::to_go(&self.$field)),)*
                ])
            }
        }
        impl $crate::embed::FromGo for $t {
            fn from_go(
                v: $crate::embed::Value,
            ) -> Result<Self, $crate::embed::ConvertError> {
                #[allow(unused_mut)]
                let mut fields = $crate::embed::Fields::of(v)?;
                Ok($t { $($field: fields.take($name)?,)* })
            }
        }
    };
}

/// A call's arguments: `()`, one value, or a tuple of up to six.
pub trait Args {
    /// The arguments as Go values.
    fn into_values(self) -> Vec<Value>;
}

/// A call's results: `()`, one value, or a tuple of up to six.
pub trait Results: Sized {
    /// The results, from Go values.
    fn from_values(v: Vec<Value>) -> Result<Self, ConvertError>;
}

impl Args for () {
    fn into_values(self) -> Vec<Value> {
        Vec::new()
    }
}

impl Args for Vec<Value> {
    fn into_values(self) -> Vec<Value> {
        self
    }
}

impl Results for () {
    fn from_values(v: Vec<Value>) -> Result<Self, ConvertError> {
        match v.len() {
            0 => Ok(()),
            n => Err(ConvertError(format!("want no results, got {n}"))),
        }
    }
}

macro_rules! single {
    ($($t:ty),*) => {$(
        impl Args for $t {
            fn into_values(self) -> Vec<Value> {
                vec![self.to_go()]
            }
        }
    )*};
}

single!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64, bool, String);

impl<T: FromGo> Results for T {
    fn from_values(v: Vec<Value>) -> Result<Self, ConvertError> {
        let n = v.len();
        match <[Value; 1]>::try_from(v) {
            Ok([x]) => T::from_go(x),
            Err(_) => Err(ConvertError(format!("want 1 result, got {n}"))),
        }
    }
}

impl Args for &str {
    fn into_values(self) -> Vec<Value> {
        vec![self.to_go()]
    }
}

macro_rules! tuples {
    ($(($($n:ident $i:tt),*))*) => {$(
        impl<$($n: ToGo),*> Args for ($($n,)*) {
            fn into_values(self) -> Vec<Value> {
                vec![$(self.$i.to_go()),*]
            }
        }
        impl<$($n: FromGo),*> Results for ($($n,)*) {
            fn from_values(v: Vec<Value>) -> Result<Self, ConvertError> {
                let want = [$(stringify!($n)),*].len();
                if v.len() != want {
                    return Err(ConvertError(format!("want {want} results, got {}", v.len())));
                }
                let mut it = v.into_iter();
                Ok(($($n::from_go(it.next().unwrap_or(Value::Nil))?,)*))
            }
        }
    )*};
}

tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
}
