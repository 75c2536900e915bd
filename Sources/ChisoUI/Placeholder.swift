import ChisoCore
