/**
 * Points and datasets: seeded generators, input features, train/test split, the lessons' fixed sets.
 */
package hyperplane.data;
