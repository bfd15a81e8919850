package p

var a = 0x1e+3
var b = 0b
var c = 08.5
var d = 089i
var e = 0xp1
var f = .5e
var g = 1e+_1
