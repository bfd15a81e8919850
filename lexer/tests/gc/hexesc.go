package p

var r = '\x'
