package hyperplane.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The activations explorer: the function chooser, the plot and its readouts. */
public final class ActivationsPage {
    private final WebDriver driver;

    private ActivationsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** This view of the page already open in {@code driver} (after following a link or clicking its tab). */
    public static ActivationsPage attach(WebDriver driver) {
        return new ActivationsPage(driver);
    }

    public static ActivationsPage open(WebDriver driver, String url) {
        AppPage.open(driver, url);
        ActivationsPage page = new ActivationsPage(driver);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !page.readout().isEmpty());
        return page;
    }

    public ActivationsPage choose(String option) {
        new Select(Controls.labelled(driver, "view-activations", "Activation function")).selectByVisibleText(option);
        return this;
    }

    /** The visible text of the chosen activation. */
    public String chosen() {
        return new Select(driver.findElement(By.id("act-function"))).getFirstSelectedOption().getText();
    }

    public WebElement plot() {
        return driver.findElement(By.id("act-plot"));
    }

    public String readout() {
        return driver.findElement(By.id("act-readout")).getText();
    }

    public String range() {
        return driver.findElement(By.id("act-range")).getText();
    }

    public String saturated() {
        return driver.findElement(By.id("act-saturated")).getText();
    }

    /** Moves the mouse to a point of the plot, in CSS pixels from its centre. */
    public ActivationsPage hover(int dx, int dy) {
        new Actions(driver).moveToElement(plot(), dx, dy).perform();
        return this;
    }

    public ActivationsPage click(String buttonId) {
        driver.findElement(By.id(buttonId)).click();
        return this;
    }
}
