package p

var s = "\8"
var t = "\xZZ"
