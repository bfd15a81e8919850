package main

type service struct{}

@deprecated
func (s service) run() {}

func main() {}
