package p

var r = '\"'
var s = "\'"
