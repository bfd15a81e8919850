package p

var a = 0x
var b = 0b102
var c = 0o8
var d = 09
var e = 1e
var f = 0x1.5
