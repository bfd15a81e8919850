package main

func main() {
	﻿println("bom")
}
