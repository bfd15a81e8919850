package p

var ÿ, 日本, x٣, breakä = 1, 2, 3, 4
var a·b = 1
var c d = 2
var Ⅻ = 3
