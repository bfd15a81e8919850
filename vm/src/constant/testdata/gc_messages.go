//go:build ignore

// Compiled with `go build -gcflags=-e gc_messages.go` (Go 1.27.3); gc's errors are in
// gc_messages.out and the Rust test `gc_messages` rebuilds each from this module.
package main

import "fmt"

const s70 = "01234567890123456789012345678901234567890123456789012345678901234567890123456789"
const big = 1 << 100
const third = 1.0 / 3
const tenth = 0.1
const huge = 1e1000
const tiny = 1e-1000
const hx = "\xff\u00e9\n"
const c1 = 1e39i + 2
const r = 'a' * 1000000000000
const a8 int8 = 100

var v1 int8 = 300
var v2 byte = 256
var v3 int = 1.5
var v4 float64 = huge
var v5 int = s70
var v6 int = big
var v7 int = third
var v8 int = tenth
var v9 complex64 = c1
var v10 uint8 = ^0
var v11 rune = r
var v12 int = hx
var v13 float32 = 3.5e38
var v14 int = 1e100
var v15 int8 = -129
var v16 = uint64(1 << 64)
var v17 = int8(1.5)
var v18 = float32(1e40)
var v19 = a8 * 2
var v20 int = tiny
var v21 = 1 << 1075
var v22 = 1 << -1
var v23 = 1 / 0
var v24 = 1e1000000000
var v25 float64 = -huge * 2.5
var v26 int = 1e5000 / 7
var v27 = 1 << 600
var v28 = int8(200)
var v29 float32 = 1e-50
var v30 int = 2.5e-400
var v31 uint = -1.0
var v32 int64 = 9223372036854775808
var v33 = -big * big * big * big * big * big
var v34 int = 123456.5
var v35 int = 1234567.5

func main() { fmt.Println(big, v1) }

const notRepr = 1e400000000 * 1e400000000
const f32 float32 = 1e38
const f32x10 = f32 * 10
const tooBig = byte(256)
