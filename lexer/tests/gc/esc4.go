package p

var a = "\u00e9\U0001F600\U0010FFFF\a\b\f\n\r\t\v\\\"\0\177\xff"
var b = '\''
var c = "\x"
var d = '\400'
var e = '\uD800'
