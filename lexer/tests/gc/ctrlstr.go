package p

var a = ""
var b = '	'
