package p

var r = '\nx'
