package main

var quote = '