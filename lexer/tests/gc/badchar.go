package p

var x = 1 @ 2
var y = a#b
var z = $
