package main

import "fmt"

type Logger struct{}

func (Logger) Close() error { return nil }

type File struct{}

func (File) Close() error { return nil }

type LoggedFile struct {
	Logger
	File
}

func main() {
	var lf LoggedFile
	fmt.Println(lf.Close()) // ERROR "ambiguous selector lf.Close"
}
