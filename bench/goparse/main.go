// goparse is the reference that `minigo parse` is timed against: it parses
// each file named on its command line (or listed, one a line, in the file
// given with -list) with go/parser in its ordinary mode plus comments, as
// gofmt and go vet would, and exits 1 if any file has a syntax error.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
)

func main() {
	list := flag.String("list", "", "file naming the files to parse, one a line")
	verbose := flag.Bool("v", false, "print the counts of files, bytes and errors")
	flag.Parse()
	names := flag.Args()
	if *list != "" {
		more, err := readList(*list)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		names = append(names, more...)
	}
	// One FileSet for the whole run, as a tool parsing a package would use.
	fset := token.NewFileSet()
	nerr := 0
	for _, name := range names {
		_, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err == nil {
			continue
		}
		if list, ok := err.(scanner.ErrorList); ok {
			nerr += len(list)
		} else {
			nerr++
		}
		fmt.Fprintln(os.Stderr, err)
	}
	if *verbose {
		fmt.Fprintf(os.Stderr, "%d files, %d bytes, %d errors\n", len(names), fset.Base()-len(names)-1, nerr)
	}
	if nerr > 0 {
		os.Exit(1)
	}
}

func readList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			names = append(names, line)
		}
	}
	return names, sc.Err()
}
