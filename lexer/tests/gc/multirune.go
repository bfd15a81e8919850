package p

var a = 'aé'
var b = 'é'
var c = '\n'
