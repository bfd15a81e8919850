package main

import "fmt"

var (
	levelDebug = iota // ERROR "cannot use iota outside constant declaration"
	levelInfo  = levelDebug + 1
)

func main() {
	fmt.Println(levelDebug, levelInfo)
}
